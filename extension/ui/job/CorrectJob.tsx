import { useState } from 'preact/compat';
import type { JobCorrection } from '../../../shared/job/correct-job.ts';
import { Form } from '../controls.tsx';

/** Title, company and location as the user says they are, before the job is saved. */
export function CorrectJob({
  initial,
  onApply,
  onCancel,
}: {
  initial: JobCorrection;
  onApply: (fix: JobCorrection) => void;
  onCancel: () => void;
}) {
  const [fix, setFix] = useState(initial);
  const field = (key: keyof JobCorrection, label: string) => (
    <label>
      {label}
      <input
        data-testid={`job-edit-${key}`}
        value={fix[key]}
        maxLength={key === 'title' ? 300 : 200}
        onChange={(e) => setFix({ ...fix, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <Form className="correct-job stack" data-testid="job-edit-form" onSubmit={() => onApply(fix)}>
      {field('title', 'Title')}
      {field('company', 'Company')}
      {field('location', 'Location')}
      <div className="actions">
        <button type="submit" data-testid="job-edit-apply" disabled={!fix.title.trim()}>
          Use these
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Form>
  );
}
