import type { CoverLetter, TailoredResume } from '../../../shared/tailor/schema.ts';

/** What the tailored resume changed against the profile's, and why, beside the preview. */
export function Changes({ content }: { content: TailoredResume | CoverLetter }) {
  if (content.kind !== 'resume') return null;
  return (
    <section className="card" data-testid="tailor-changes">
      <h3>What changed from your resume, and why</h3>
      {content.changes.length === 0 ? (
        <p className="muted">Nothing: your resume already leads with what this job asks for.</p>
      ) : (
        <ul className="changes">
          {content.changes.map((c) => (
            <li key={c.what}>
              <strong>{c.what}</strong> <span className="muted">— {c.why}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
