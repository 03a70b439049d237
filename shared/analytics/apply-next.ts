import type { Job } from '../schemas/job.ts';
import { FACTORS, type Learning, MIN_OUTCOMES } from './learning.ts';
import { percent } from './stats.ts';
import type { AnalyticsRow } from './summary.ts';

/** Stands in for the match score when there is no profile to score against. */
const NEUTRAL_SCORE = 50;
/** Points a trait adds per unit of lift: a group 20 points above the overall rate adds 10. */
const POINTS_PER_LIFT = 50;

export interface NextJob {
  applicationId: string;
  job: Job;
  match: number | null;
  /** The match score moved by what predicted the user's responses; higher goes first. */
  priority: number;
  /** Plain-language reasons, the match first, then each trait that moved it. */
  reasons: string[];
}

/**
 * Orders every saved job (none is left out) by match score adjusted by the traits that
 * predicted the user's own interviews and offers. Ties keep the better match, then the newer job.
 */
export function applyNext(rows: readonly AnalyticsRow[], learning: Learning): NextJob[] {
  const predictive = learning.factors.filter((f) => f.forSaved && f.verdict === 'predictive');
  const saved = rows.filter((r): r is AnalyticsRow & { job: Job } => r.application.status === 'saved' && r.job !== undefined);
  return saved
    .map((row) => {
      const reasons = [row.score === null ? 'No match score yet (import your resume in Profile).' : `Match score ${row.score}.`];
      let priority = row.score ?? NEUTRAL_SCORE;
      for (const finding of predictive) {
        const factor = FACTORS.find((f) => f.key === finding.key);
        const level = factor?.level(row.features);
        const group = finding.levels.find((l) => l.level === level && l.predictive);
        if (!group || group.lift === null) continue;
        const points = Math.round(group.lift * POINTS_PER_LIFT);
        priority += points;
        reasons.push(
          `${points >= 0 ? '+' : '−'}${Math.abs(points)}: ${finding.group(group.level)} led to an interview or offer ${percent(group.rate)} of the time, against ${percent(learning.baseline)} overall.`,
        );
      }
      if (reasons.length === 1) {
        reasons.push(
          learning.enough
            ? 'None of its traits has predicted your responses so far.'
            : `Ordered by match until you have ${MIN_OUTCOMES} outcomes (interviews, offers, rejections or no answer); you have ${learning.outcomes}.`,
        );
      }
      return { applicationId: row.application.id, job: row.job, match: row.score, priority, reasons };
    })
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        (b.match ?? -1) - (a.match ?? -1) ||
        b.job.capturedAt - a.job.capturedAt ||
        a.applicationId.localeCompare(b.applicationId),
    );
}
