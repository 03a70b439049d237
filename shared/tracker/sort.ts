import { lastActivity, type TrackerRow } from './row.ts';

export const SORT_KEYS = ['saved', 'applied', 'company', 'score', 'activity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface TrackerSort {
  key: SortKey;
  direction: SortDirection;
}

/** The direction a key starts in when chosen: newest and best first, companies A to Z. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  saved: 'desc',
  applied: 'desc',
  company: 'asc',
  score: 'desc',
  activity: 'desc',
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The value a row sorts by; `null` (no applied date, no score) always goes last. */
const VALUE: Record<SortKey, (row: TrackerRow) => number | string | null> = {
  saved: (row) => row.application.createdAt,
  applied: (row) => row.application.appliedAt,
  company: (row) => row.job.company.trim() || null,
  score: (row) => row.score,
  activity: (row) => lastActivity(row.application),
};

/**
 * A sorted copy. Rows with no value for the key go last whichever the direction; ties keep
 * the newest saved first, then the id, so the order is the same on every render.
 */
export function sortRows(rows: readonly TrackerRow[], sort: TrackerSort): TrackerRow[] {
  const value = VALUE[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: value(row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      const order = typeof a.value === 'string' ? collator.compare(a.value, String(b.value)) : a.value - (b.value as number);
      if (order !== 0) return sign * order;
    }
    const saved = b.row.application.createdAt - a.row.application.createdAt;
    if (saved !== 0) return saved;
    return a.row.application.id < b.row.application.id ? -1 : a.row.application.id > b.row.application.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}
