import { type Features, MATCH_BANDS } from './features.ts';
import type { Milestones } from './outcomes.ts';
import { median, rate } from './stats.ts';

export interface Row {
  milestones: Milestones;
  features: Features;
}

export type Dimension = 'source' | 'ats' | 'band' | 'resume';

export interface ResponseStats {
  key: string;
  applied: number;
  responded: number;
  /** responded / applied */
  rate: number | null;
  /** Median days from applying to the first answer, over `timed` applications with usable dates. */
  medianDays: number | null;
  timed: number;
}

export function responseStats(key: string, rows: readonly Row[]): ResponseStats {
  const applied = rows.filter((r) => r.milestones.applied);
  const responded = applied.filter((r) => r.milestones.responded);
  const days = responded.map((r) => r.milestones.daysToResponse).filter((d): d is number => d !== null);
  return {
    key,
    applied: applied.length,
    responded: responded.length,
    rate: rate(responded.length, applied.length),
    medianDays: median(days),
    timed: days.length,
  };
}

/** Bands read best from strongest to weakest; other dimensions list the most applications first. */
const FIXED_ORDER: Partial<Record<Dimension, string[]>> = { band: [...MATCH_BANDS.map(([, label]) => label), 'no score'] };

/** Response rate and time to response per value of one dimension. */
export function responseBy(dimension: Dimension, rows: readonly Row[]): ResponseStats[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (!row.milestones.applied) continue;
    const key = row.features[dimension];
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const order = FIXED_ORDER[dimension];
  const stats = [...groups].map(([key, group]) => responseStats(key, group));
  return order
    ? stats.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    : stats.sort((a, b) => b.applied - a.applied || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
