import { useState } from 'preact/compat';
import type { Application } from '../../../shared/schemas/application.ts';
import { editApplication } from './TrackerState.ts';

function dayValue(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The one thing to do next for this application, and by when. */
export function TrackerNextAction({ application }: { application: Application }) {
  const current = application.nextAction;
  const [text, setText] = useState(current?.text ?? '');
  const [due, setDue] = useState(dayValue(current?.due ?? null));
  const dueAt = due ? new Date(`${due}T09:00`).getTime() : null;
  const dirty = text.trim() !== (current?.text ?? '') || dueAt !== (current?.due ?? null);
  const overdue = current?.due != null && current.due < Date.now();
  return (
    <section className={`card next-action${overdue ? ' overdue' : ''}`} data-testid="detail-next-action">
      <h2>Next action</h2>
      <div className="next-action-fields">
        <input
          aria-label="Next action"
          data-testid="next-action-text"
          placeholder="e.g. Follow up with the recruiter"
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <input type="date" aria-label="Due" data-testid="next-action-due" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
      </div>
      <div className="row">
        <button
          type="button"
          className="small"
          data-testid="next-action-save"
          disabled={!dirty || text.trim() === ''}
          onClick={() => void editApplication(application.id, { nextAction: { text: text.trim(), due: dueAt } })}
        >
          Save
        </button>
        {current ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setText('');
              setDue('');
              void editApplication(application.id, { nextAction: null });
            }}
          >
            Done
          </button>
        ) : null}
        {overdue ? <span className="error">Overdue</span> : null}
      </div>
    </section>
  );
}
