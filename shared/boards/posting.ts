import { buildJob, type RawJob } from '../job/build-job.ts';
import { withoutLegalForm } from '../job/company-name.ts';
import type { Salary } from '../job/parse-salary.ts';
import { JobCapture } from '../schemas/job.ts';
import type { BoardPosting, BoardRef } from './types.ts';

/**
 * What every reader does once it has a posting's fields: the company by the same rule, the pay
 * as a Salary, then the job pipeline every site uses (buildJob: description HTML to sections,
 * requirements, workplace, salary in the text, the dedupe key) and the capture's own schema.
 */

/**
 * The employer's name: the one the user knows (from the job they followed) first, so a job seen
 * on LinkedIn and read from the board meet under one dedupe key; else the name the API states,
 * without its legal form; else the board's slug in words ("acme-robotics" is "Acme Robotics").
 */
export function companyOf(ref: BoardRef, stated: string | null | undefined): string {
  const known = ref.company?.trim();
  if (known) return known;
  const named = stated?.trim();
  if (named) return withoutLegalForm(named);
  return slugWords(ref.slug);
}

function slugWords(slug: string): string {
  let text = slug;
  try {
    text = decodeURIComponent(slug);
  } catch {
    // A stray "%": the slug as it is.
  }
  return text
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}

// Pay periods in the words APIs use for them: "1 YEAR", "per-hour-wage", "year", "YEARLY", "monthly".
const PERIOD_WORDS: Array<[RegExp, NonNullable<Salary['period']>]> = [
  [/hour/i, 'hour'],
  [/\bday|daily/i, 'day'],
  [/week/i, 'week'],
  [/month/i, 'month'],
  [/year|annual/i, 'year'],
];

export function periodOf(word: string | null | undefined): Salary['period'] {
  if (!word) return null;
  return PERIOD_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
}

/** A Salary from an API's structured pay; null when it states no amount. A range without a period over 1,000 is yearly (as parseSalary reads text). */
export function salaryOf(
  min: number | null,
  max: number | null,
  currency: string | null | undefined,
  period: Salary['period'],
): Salary | null {
  const low = min !== null && min >= 0 ? min : null;
  const high = max !== null && max >= 0 ? max : null;
  if (low === null && high === null) return null;
  const code = currency?.trim().toUpperCase() ?? '';
  return {
    min: low,
    max: high,
    currency: /^[A-Z]{3}$/.test(code) ? code : null,
    period: period ?? ((high ?? low ?? 0) >= 1000 ? 'year' : null),
  };
}

/** The posting through the job pipeline; null when it has no title or no web address (nothing to show or open). */
export function toPosting(raw: RawJob, updatedAt: string | null = null): BoardPosting | null {
  const built = buildJob(raw);
  if (!built) return null;
  const checked = JobCapture.safeParse(built);
  return checked.success ? { job: checked.data, updatedAt } : null;
}
