import { useEffect, useState } from 'preact/compat';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { refusedHeading, WRITER_LABELS } from '../../../shared/tailor/claim-labels.ts';
import type { RefusedDraft } from '../../../shared/tailor/schema.ts';
import { database } from '../../db/database.ts';
import { attachToAutofill } from '../../db/files.ts';
import { ClaimList } from './ClaimList.tsx';
import { type Shown, savedVersion, update } from './shown.ts';

/** Who wrote the document shown, and whether the user has changed it since. */
function writerLine(s: Shown): string {
  const { content, pdf } = s.made;
  const writer =
    content.provider === 'offline'
      ? `Written by ${WRITER_LABELS.offline}, from your profile's own words`
      : `Written by ${WRITER_LABELS[content.provider]} (${content.model}), checked against your profile`;
  return `${writer}${content.editedByUser ? ', edited by you' : ''} · ${Math.round(pdf.byteLength / 1024)} KB`;
}

function RefusedDrafts({ refused }: { refused: RefusedDraft[] }) {
  return (
    <div className="note" data-testid="tailor-refused">
      <strong>A draft was refused: it stated things your profile does not.</strong> This document replaces it.
      {/* The chain tries each provider once, so a provider names its refused draft. */}
      {refused.map((draft) => (
        <div key={`${draft.provider}:${draft.model}`}>
          <p>{refusedHeading(draft)}</p>
          <ClaimList claims={draft.claims} />
        </div>
      ))}
    </div>
  );
}

/** The document made: who wrote it, what the check found, and what to do with it (download, attach, edit). */
export function TailorResult({ s, job }: { s: Shown; job: JobCapture }) {
  const { made } = s;
  // Made and revoked by the same effect, so a remount (React's strict mode does one) never leaves a revoked link.
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([made.pdf as BlobPart], { type: 'application/pdf' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [made]);
  // While the edits are being drawn, the PDF is the one before them: it is not handed out.
  const drawing = s.working !== s.drawnFrom;
  const held = drawing || !url;
  const hand = (event: { preventDefault(): void }) => {
    if (held) event.preventDefault();
    else void savedVersion(job, s);
  };
  async function attach() {
    const document = await savedVersion(job, s);
    await attachToAutofill(database(), document.id, made.pdf, made.fileName, Date.now());
    update(s, (n) => (n.made === made ? { ...n, usedForAutofill: true } : n));
  }
  return (
    <section className="card" data-testid="tailor-result">
      <h3 data-testid="tailor-title">{(s.document ?? s.original.document).title}</h3>
      <p className="muted" data-testid="tailor-writer-used">
        {writerLine(s)}
      </p>
      {s.notice ? (
        <p className="muted" data-testid="tailor-notice">
          {s.notice}
        </p>
      ) : null}
      {s.refused.length > 0 ? <RefusedDrafts refused={s.refused} /> : null}
      {/* In edit mode each claim is marked beside its text instead. */}
      {made.unsupported.length > 0 && !s.editing ? (
        <div className="warn" role="alert" data-testid="tailor-unsupported">
          <strong>Not in your profile — check before sending:</strong>
          <ClaimList claims={made.unsupported} />
        </div>
      ) : null}
      <div className="row wrap">
        <a className="button" href={url} download={made.fileName} aria-disabled={held} onClick={hand} data-testid="tailor-download">
          Download PDF
        </a>
        <a className="button secondary" href={url} target="_blank" rel="noreferrer" aria-disabled={held} onClick={hand}>
          Open
        </a>
        {made.content.kind === 'resume' ? (
          <button
            type="button"
            className="secondary"
            data-testid="tailor-use"
            disabled={s.usedForAutofill || drawing}
            onClick={() => void attach()}
          >
            {s.usedForAutofill ? 'Autofill attaches this resume' : 'Use for autofill'}
          </button>
        ) : null}
        <button
          type="button"
          className="secondary"
          id="tailor-edit-toggle"
          data-testid="tailor-edit"
          aria-expanded={s.editing}
          aria-controls={s.editing ? 'tailor-editor' : undefined}
          onClick={() => update(s, (n) => ({ ...n, editing: !n.editing }))}
        >
          {s.editing ? 'Done editing' : 'Edit'}
        </button>
        {drawing ? (
          <span className="muted" data-testid="tailor-updating">
            Updating the PDF…
          </span>
        ) : null}
      </div>
    </section>
  );
}
