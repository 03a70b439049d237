import { DAY, isoWeek, isoWeekLabel } from './dates.ts';

export interface WeekCount {
  /** "2026-W47" */
  label: string;
  /** Monday 00:00 UTC of the week. */
  monday: number;
  count: number;
}

/**
 * Applications sent in each of the last `weeks` ISO weeks up to the week of `now`, empty weeks
 * included so gaps show; `earlier` counts what was sent before the first week shown.
 */
export function applicationsPerWeek(appliedDates: Iterable<number>, now: number, weeks = 12): { weeks: WeekCount[]; earlier: number } {
  const lastMonday = isoWeek(now).monday;
  const firstMonday = lastMonday - (weeks - 1) * 7 * DAY;
  const counts = new Array<number>(weeks).fill(0);
  let earlier = 0;
  for (const at of appliedDates) {
    const monday = isoWeek(at).monday;
    if (monday < firstMonday) earlier++;
    else if (monday <= lastMonday) {
      const i = Math.round((monday - firstMonday) / (7 * DAY));
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  return {
    weeks: counts.map((count, i) => {
      const monday = firstMonday + i * 7 * DAY;
      return { label: isoWeekLabel(monday), monday, count };
    }),
    earlier,
  };
}
