import { useState } from 'preact/compat';
import { newId } from '../../../shared/ids.ts';
import { type Application, type Interview, InterviewOutcome, InterviewType } from '../../../shared/schemas/application.ts';
import { Form, Options } from '../controls.tsx';
import { editApplication } from './TrackerState.ts';

const TYPE_LABEL: Record<Interview['type'], string> = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On-site',
  'take-home': 'Take-home',
  other: 'Other',
};
const OUTCOME_LABEL: Record<Interview['outcome'], string> = {
  pending: 'Pending',
  passed: 'Passed',
  failed: 'Not passed',
  cancelled: 'Cancelled',
};

/** An epoch as a datetime-local input's value, in the user's time zone. */
function localInput(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Tomorrow at 10:00: a starting point the user adjusts. */
function tomorrowAtTen(): number {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(10, 0, 0, 0);
  return d.getTime();
}

function InterviewForm({ initial, onSave, onCancel }: { initial: Interview; onSave: (i: Interview) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [at, setAt] = useState(localInput(initial.at));
  const atMs = new Date(at).getTime();
  const text = (field: 'round' | 'interviewer' | 'prepNotes') => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [field]: e.currentTarget.value });
  const choice = <K extends 'type' | 'outcome'>(
    field: K,
    label: string,
    values: readonly Interview[K][],
    labels: Record<Interview[K], string>,
  ) => (
    <label>
      {label}
      <select
        data-testid={`interview-${field}`}
        value={draft[field]}
        onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value as Interview[K] })}
      >
        <Options values={values} labels={labels} />
      </select>
    </label>
  );
  return (
    <Form
      className="interview-form"
      data-testid="interview-form"
      onSubmit={() => {
        if (Number.isFinite(atMs)) onSave({ ...draft, at: atMs, round: draft.round.trim(), interviewer: draft.interviewer.trim() });
      }}
    >
      <label>
        When
        <input type="datetime-local" data-testid="interview-at" value={at} required onChange={(e) => setAt(e.currentTarget.value)} />
      </label>
      <label>
        Round
        <input
          data-testid="interview-round"
          placeholder="e.g. Recruiter screen"
          maxLength={100}
          value={draft.round}
          onChange={text('round')}
        />
      </label>
      {choice('type', 'Type', InterviewType.options, TYPE_LABEL)}
      {choice('outcome', 'Outcome', InterviewOutcome.options, OUTCOME_LABEL)}
      <label className="wide">
        Interviewer
        <input data-testid="interview-interviewer" maxLength={200} value={draft.interviewer} onChange={text('interviewer')} />
      </label>
      <label className="wide">
        Prep notes
        <textarea data-testid="interview-prep" rows={3} value={draft.prepNotes} onChange={text('prepNotes')} />
      </label>
      <div className="row wide">
        <button type="submit" className="small" data-testid="interview-save" disabled={!Number.isFinite(atMs)}>
          Save interview
        </button>
        <button type="button" className="secondary small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Form>
  );
}

/** Interviews for this application, soonest first; each can be edited or removed. */
export function TrackerInterviews({ application }: { application: Application }) {
  const [editing, setEditing] = useState<Interview | null>(null);
  const interviews = [...application.interviews].sort((a, b) => a.at - b.at);
  const save = (interview: Interview) => {
    const others = application.interviews.filter((i) => i.id !== interview.id);
    void editApplication(application.id, { interviews: [...others, interview] }).then(() => setEditing(null));
  };
  return (
    <section className="card">
      <h2>Interviews</h2>
      {interviews.length === 0 && !editing ? <p className="muted">No interviews yet.</p> : null}
      <ul className="interviews">
        {interviews.map((i) =>
          editing?.id === i.id ? (
            <li key={i.id}>
              <InterviewForm initial={i} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={i.id} data-testid="interview-row">
              <div>
                <strong>{new Date(i.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</strong>
                <span className="muted"> · {[i.round, TYPE_LABEL[i.type], i.interviewer].filter(Boolean).join(' · ')}</span>
                <span className={`outcome ${i.outcome}`}> {OUTCOME_LABEL[i.outcome]}</span>
                {i.prepNotes ? <p className="prep">{i.prepNotes}</p> : null}
              </div>
              <div className="row">
                <button type="button" className="secondary small" data-testid="interview-edit" onClick={() => setEditing(i)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="secondary small"
                  data-testid="interview-remove"
                  onClick={() => void editApplication(application.id, { interviews: application.interviews.filter((x) => x.id !== i.id) })}
                >
                  Remove
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing && !application.interviews.some((i) => i.id === editing.id) ? (
        <InterviewForm initial={editing} onSave={save} onCancel={() => setEditing(null)} />
      ) : null}
      {editing ? null : (
        <button
          type="button"
          className="small"
          data-testid="interview-add"
          disabled={application.interviews.length >= 50}
          onClick={() =>
            setEditing({
              id: newId(Date.now()),
              at: tomorrowAtTen(),
              round: '',
              type: 'video',
              interviewer: '',
              outcome: 'pending',
              prepNotes: '',
            })
          }
        >
          Add interview
        </button>
      )}
    </section>
  );
}
