import { useState } from 'preact/compat';
import type { Application } from '../../../shared/schemas/application.ts';
import { editApplication } from './TrackerState.ts';

/** Free notes on the application, saved when the field loses focus or on "Save". */
export function TrackerNotes({ application }: { application: Application }) {
  const [text, setText] = useState(application.notes);
  const [saved, setSaved] = useState(false);
  const dirty = text !== application.notes;
  const save = () => {
    if (!dirty) return;
    void editApplication(application.id, { notes: text }).then(() => setSaved(true));
  };
  return (
    <section className="card">
      <h2>Notes</h2>
      <textarea
        className="wide-field"
        rows={4}
        aria-label="Notes"
        data-testid="detail-notes"
        value={text}
        placeholder="What you learned, who referred you, salary talk…"
        onChange={(e) => {
          setText(e.currentTarget.value);
          setSaved(false);
        }}
        onBlur={save}
      />
      <div className="row">
        <button type="button" className="small" data-testid="detail-notes-save" disabled={!dirty} onClick={save}>
          Save notes
        </button>
        {saved && !dirty ? <span className="muted">Saved.</span> : null}
      </div>
    </section>
  );
}
