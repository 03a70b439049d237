export const DAY = 86_400_000;

/** Jobsmith did not exist before this: an earlier date is a broken clock or a zeroed field. */
const EARLIEST = Date.UTC(2000, 0, 1);

/** A date that could have happened: not before 2000 and not after `now`. */
export function plausible(at: number, now: number): boolean {
  return Number.isFinite(at) && at >= EARLIEST && at <= now;
}

/**
 * The ISO 8601 week of a moment, in UTC: weeks start on Monday and week 1 holds the year's
 * first Thursday, so 29 Dec 2025 is in 2026-W01.
 */
export function isoWeek(at: number): { year: number; week: number; monday: number } {
  const day = Math.floor(at / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = day - weekday * DAY;
  const thursday = monday + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week, monday };
}

export function isoWeekLabel(at: number): string {
  const { year, week } = isoWeek(at);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
