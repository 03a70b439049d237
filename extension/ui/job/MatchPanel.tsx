import { useMemo } from 'preact/compat';
import { matchJob } from '../../../shared/match/score.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { activeTab, profile } from '../state.ts';

function band(score: number): string {
  return score >= 75 ? 'strong' : score >= 50 ? 'fair' : 'weak';
}

/** The match score for the job on screen, with every point explained. */
export function MatchPanel({ job }: { job: JobCapture }) {
  const current = profile.value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is the profile signal's value read this render; a new profile must rescore.
  const result = useMemo(() => (current ? matchJob(current, job, new Date()) : null), [current, job]);
  if (current === undefined) return null;
  if (!current || !result) {
    return (
      <section className="match empty-match" data-testid="match-no-profile">
        <p>
          See how well this job fits you:{' '}
          <button type="button" className="link" onClick={() => (activeTab.value = 'profile')}>
            import your resume
          </button>
          .
        </p>
      </section>
    );
  }
  return (
    <section className="match">
      <div className="score-row">
        <span className={`score ${band(result.score)}`} data-testid="match-score">
          {result.score}
        </span>
        <span
          className="muted"
          data-testid="match-ats"
          title={
            result.ats.absent.length > 0
              ? `Not in your resume: ${result.ats.absent.join(', ')}`
              : 'Your resume has every skill and title word this job names.'
          }
        >
          match · your resume has {result.ats.present.length} of the {result.ats.present.length + result.ats.absent.length} keywords an
          applicant tracking system would search this job for
        </span>
      </div>
      {result.knockouts.length > 0 && (
        <ul className="knockouts" data-testid="match-knockouts">
          {result.knockouts.map((k) => (
            <li key={k.kind + k.message}>⚠ {k.message}</li>
          ))}
        </ul>
      )}
      <table className="breakdown" data-testid="match-breakdown">
        <tbody>
          {result.breakdown.map((part) => (
            <tr key={part.key}>
              <th>{part.label}</th>
              <td className="points">
                {part.earned}/{part.max}
              </td>
              <td className="muted">{part.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="skills-lists">
        {result.matched.length > 0 && (
          <p data-testid="match-matched">
            <strong>You have:</strong> {result.matched.map((m) => m.skill).join(', ')}
          </p>
        )}
        {result.missing.length > 0 && (
          <p data-testid="match-missing">
            <strong>Missing:</strong>{' '}
            {result.missing.map((m, i) => (
              <span key={m.skill} className={m.importance}>
                {m.skill}
                {m.importance === 'preferred' ? ' (preferred)' : ''}
                {i < result.missing.length - 1 ? ', ' : ''}
              </span>
            ))}
          </p>
        )}
      </div>
    </section>
  );
}
