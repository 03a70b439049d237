import type { JobsmithDocument } from '../../../shared/schemas/document.ts';

/** The job's saved documents, newest first; "Show" opens one as it was saved. */
export function Versions({ list, busy, onShow }: { list: JobsmithDocument[]; busy: boolean; onShow: (d: JobsmithDocument) => void }) {
  if (list.length === 0) return null;
  return (
    <section className="card" data-testid="tailor-versions">
      <h3>Versions for this job</h3>
      <ul className="versions">
        {list.map((d) => (
          <li key={d.id} data-testid="tailor-version">
            <span>{d.title}</span>
            <span className="muted"> · {new Date(d.createdAt).toLocaleString()}</span>{' '}
            <button type="button" className="secondary small" disabled={busy} aria-label={`Show ${d.title}`} onClick={() => onShow(d)}>
              Show
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
