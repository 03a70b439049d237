import type { NextJob } from '../../../shared/analytics/apply-next.ts';
import { displayName } from '../../../shared/analytics/features.ts';
import { type Learning, MIN_DIFFERENCE, MIN_GROUP, MIN_OUTCOMES } from '../../../shared/analytics/learning.ts';
import { percent } from '../../../shared/analytics/stats.ts';
import type { SkillGap } from '../../../shared/coach/skill-gaps.ts';
import type { ProfileFacts } from '../../../shared/match/profile-facts.ts';

// Analytics: what to do — what predicted answers, which saved jobs to apply to next, skill gaps.

export function LearningSection({ learning }: { learning: Learning }) {
  if (!learning.enough) {
    // With few outcomes there is nothing to show per trait: one line for what appears, and when.
    return (
      <section className="card" data-testid="analytics-learning">
        <h2>What predicted your responses</h2>
        <p className="muted" data-testid="learning-not-enough">
          Too little data yet: {learning.outcomes} of the {MIN_OUTCOMES} outcomes needed. Then this shows which traits of a job (match
          score, where you found it, the resume you sent, …) went with an answer, and “What to apply to next” uses them; until then it
          follows the match score. Move applications to interviewing, rejected or ghosted in the Tracker as you hear back.
        </p>
      </section>
    );
  }
  return (
    <section className="card" data-testid="analytics-learning">
      <h2>What predicted your responses</h2>
      <p className="muted small">
        Jobsmith compares your own outcomes: an interview or offer counts as positive, a rejection or no answer as negative. Overall{' '}
        {`${learning.positives} of ${learning.outcomes} were positive (${percent(learning.baseline)})`}. A trait counts as predictive when
        at least {MIN_GROUP} outcomes have it, {MIN_GROUP} do not, and its rate differs from yours by {Math.round(MIN_DIFFERENCE * 100)}{' '}
        points or more. Predictive traits move jobs up or down in “What to apply to next”.
      </p>
      <ul className="factors">
        {learning.factors.map((f) => (
          <li key={f.key} data-testid="learning-factor" data-verdict={f.verdict}>
            <div className="factor-head">
              <strong>{f.label}</strong>
              <span className={`tag ${f.verdict === 'predictive' ? 'ok' : ''}`}>{f.verdict}</span>
            </div>
            <p className="small">{f.sentence}</p>
            {f.verdict === 'predictive' && !f.forSaved ? (
              <p className="muted small">
                Saved jobs have no resume sent yet, so this does not reorder them: it tells you whether tailoring pays off.
              </p>
            ) : null}
            <p className="muted small">
              {f.levels.length > 0
                ? f.levels.map((l) => `${displayName(l.level)}: ${l.positives}/${l.total} (${percent(l.rate)})`).join(' · ')
                : 'No outcomes where this is known yet.'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NextSection({ next }: { next: NextJob[] }) {
  return (
    <section className="card" data-testid="analytics-next">
      <h2>What to apply to next</h2>
      {next.length === 0 ? (
        <p className="muted">No saved jobs waiting. Save jobs from the Job tab and they are ordered here.</p>
      ) : (
        <>
          <p className="muted small">
            All {next.length} saved jobs you have not applied to, best first; nothing is hidden. The number is the match score moved by what
            predicted your responses.
          </p>
          <ol className="next-list" data-testid="next-list">
            {next.map((n) => (
              <li key={n.applicationId} data-testid="next-job">
                <span className="next-score" title="Priority: match score moved by what predicted your responses">
                  {n.priority}
                </span>
                <span className="next-job">
                  <strong data-testid="next-title">{n.job.title}</strong>
                  <span className="muted">{n.job.company}</span>
                  {n.reasons.map((r) => (
                    <span key={r} className="small">
                      {r}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const SHOWN_GAPS = 8;

export function GapsSection({ gaps, facts, savedJobs }: { gaps: SkillGap[]; facts: ProfileFacts | null; savedJobs: number }) {
  return (
    <section className="card" data-testid="analytics-gaps">
      <h2>Skill gaps</h2>
      {!facts ? (
        <p className="muted">Import your resume in Profile to see which skills your saved jobs ask for that it does not show.</p>
      ) : gaps.length === 0 ? (
        <p className="muted">Your profile shows every skill your {savedJobs} saved jobs name.</p>
      ) : (
        <>
          <ul className="gaps" data-testid="skill-gaps">
            {gaps.slice(0, SHOWN_GAPS).map((g) => (
              <li key={g.skill} data-testid="skill-gap">
                {g.sentence}
                {g.required > 0 ? <span className="muted"> Required in {g.required}.</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted small">
            Across all {savedJobs} jobs in your tracker. If you have a skill, add it to your profile; if not, it may be worth learning.
          </p>
        </>
      )}
    </section>
  );
}
