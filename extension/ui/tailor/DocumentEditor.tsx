import { useMemo } from 'preact/compat';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import { editLetter, editResume, finishEdits, type LetterEdit, type ResumeEdit } from '../../../shared/tailor/edit.ts';
import { letterClaims, resumeClaims } from '../../../shared/tailor/edit-claims.ts';
import type { CoverLetter, TailoredResume } from '../../../shared/tailor/schema.ts';
import { LetterEditor } from './LetterEditor.tsx';
import { ResumeEditor } from './ResumeEditor.tsx';
import { type Shown, update } from './shown.ts';
import { useSettled } from './use-redraw.ts';

const bulletCount = (doc: TailoredResume | CoverLetter) => (doc.kind === 'resume' ? doc.experience.flatMap((e) => e.bullets).length : 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Edit mode: the document's parts as fields, the verifier's flags beside them (re-run when the
 * user pauses typing), and a way back to the draft. Flags warn; they never stop a download.
 */
export function DocumentEditor({ s, profile, job }: { s: Shown; profile: ProfileDraft; job: JobCapture }) {
  const settled = useSettled(s.working);
  const claims = useMemo(
    () => (settled.kind === 'resume' ? resumeClaims(profile, settled, new Date()) : letterClaims(profile, job, settled, new Date())),
    [settled, profile, job],
  );
  const flagged = [...claims.values()].flat().length;
  // The one-page fit leaves out the last bullets when the user's do not fit.
  const left = bulletCount(finishEdits(s.draft, s.drawnFrom)) - bulletCount(s.made.content);
  const what = s.working.kind === 'resume' ? 'resume' : 'cover letter';
  const editResumeWith = (edit: ResumeEdit) =>
    update(s, (n) => (n.working.kind === 'resume' ? { ...n, working: editResume(n.working, edit) } : n));
  const editLetterWith = (edit: LetterEdit) =>
    update(s, (n) => (n.working.kind === 'cover-letter' ? { ...n, working: editLetter(n.working, edit) } : n));
  return (
    <section className="card tailor-editor" id="tailor-editor" aria-labelledby="tailor-editor-title" data-testid="tailor-editor">
      <h3 id="tailor-editor-title">Edit the {what}</h3>
      <p className="muted">
        What you write is checked against your profile when you pause; anything it does not support is marked, and yours to keep or change.
        Your edits are saved as a new version when you download the PDF, attach it, or press Done.
      </p>
      <p role="status" className={flagged ? 'edit-status warn-text' : 'edit-status'} data-testid="tailor-edit-status">
        {flagged
          ? `${plural(flagged, 'thing', 'things')} marked below ${flagged === 1 ? 'is' : 'are'} not in your profile: check before sending.`
          : 'Nothing you wrote goes beyond your profile.'}
      </p>
      {left > 0 ? (
        <p className="warn" data-testid="tailor-edit-overflow">
          {plural(left, 'bullet does', 'bullets do')} not fit on one page and {left === 1 ? 'is' : 'are'} left out of the PDF: shorten or
          remove some.
        </p>
      ) : null}
      {s.problem ? (
        <p className="error" role="alert">
          Your last edits could not be drawn ({s.problem}); the PDF shows the version before them.
        </p>
      ) : null}
      {s.working.kind === 'resume' ? (
        <ResumeEditor resume={s.working} claims={claims} onEdit={editResumeWith} />
      ) : (
        <LetterEditor letter={s.working} claims={claims} onEdit={editLetterWith} />
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          data-testid="tailor-reset"
          disabled={s.working === s.draft}
          onClick={() => update(s, (n) => ({ ...n, working: n.draft }))}
        >
          Reset to the draft
        </button>
        <button
          type="button"
          data-testid="tailor-done"
          onClick={() => {
            // The editor goes away: the focus goes to the button that opens it again.
            document.getElementById('tailor-edit-toggle')?.focus();
            update(s, (n) => ({ ...n, editing: false }));
          }}
        >
          Done editing
        </button>
      </div>
    </section>
  );
}
