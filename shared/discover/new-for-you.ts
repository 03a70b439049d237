import type { BoardJob } from '../api/boards.ts';
import { perYear } from '../job/parse-salary.ts';

/**
 * "New for you" (issue 17): the followed boards' jobs as the panel lists them. Pure: the panel
 * gives the rows, their match and what is saved, and gets the list to show.
 * - One row per job: a job on two followed boards (a company's board and a feed) shows once.
 * - Jobs already in the tracker are left out (they are not new to the user) and counted.
 * - Newest first by the day a board first listed them, best match first within a day; closed
 *   jobs last, and only when asked for.
 */

export interface DiscoverFilters {
  /** Lowest match score shown (0: all). */
  minScore: number;
  remoteOnly: boolean;
  /** Words a location must contain ("berlin"); remote jobs match any location. */
  location: string;
  /** Lowest yearly pay shown, in the job's currency; jobs that state none are kept. Null: any. */
  minSalary: number | null;
  hideKnockouts: boolean;
  showClosed: boolean;
}

export const DEFAULT_FILTERS: DiscoverFilters = {
  minScore: 0,
  remoteOnly: false,
  location: '',
  minSalary: null,
  hideKnockouts: true,
  showClosed: true,
};

export interface DiscoverItem {
  row: BoardJob;
  /** Null while not scored yet (or without a profile). */
  score: number | null;
  knockedOut: boolean;
}

export interface DiscoverList {
  shown: DiscoverItem[];
  /** Left out because the tracker has them. */
  saved: number;
  /** Left out by the filters. */
  filtered: number;
}

/** The user's calendar day of a time (local midnight): "new today" is the user's today. */
const dayOf = (at: number) => new Date(at).setHours(0, 0, 0, 0);

function passes(item: DiscoverItem, f: DiscoverFilters): boolean {
  const job = item.row.job;
  if (!f.showClosed && item.row.closedAt !== null) return false;
  if (f.hideKnockouts && item.knockedOut) return false;
  if (f.minScore > 0 && (item.score ?? 0) < f.minScore) return false;
  if (f.remoteOnly && job.workplace !== 'remote') return false;
  const place = f.location.trim().toLowerCase();
  if (place && job.workplace !== 'remote' && !job.locations.some((l) => l.toLowerCase().includes(place))) return false;
  if (f.minSalary !== null && job.salary) {
    const pay = perYear(job.salary, job.salary.max ?? job.salary.min);
    if (pay !== null && pay < f.minSalary) return false;
  }
  return true;
}

/** Of two rows of one job, the one to show: open over closed, then the one seen first. */
const better = (a: DiscoverItem, b: DiscoverItem) =>
  (a.row.closedAt === null) !== (b.row.closedAt === null) ? a.row.closedAt === null : a.row.firstSeenAt <= b.row.firstSeenAt;

export function newForYou(items: readonly DiscoverItem[], savedKeys: ReadonlySet<string>, filters: DiscoverFilters): DiscoverList {
  const byJob = new Map<string, DiscoverItem>();
  let saved = 0;
  for (const item of items) {
    const key = item.row.job.dedupeKey;
    if (savedKeys.has(key)) {
      if (!byJob.has(key)) saved++;
      byJob.set(key, item);
      continue;
    }
    const held = byJob.get(key);
    if (!held || better(item, held)) byJob.set(key, item);
  }
  const unsaved = [...byJob.values()].filter((item) => !savedKeys.has(item.row.job.dedupeKey));
  const shown = unsaved.filter((item) => passes(item, filters));
  shown.sort(
    (a, b) =>
      Number(a.row.closedAt !== null) - Number(b.row.closedAt !== null) ||
      dayOf(b.row.firstSeenAt) - dayOf(a.row.firstSeenAt) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      b.row.firstSeenAt - a.row.firstSeenAt,
  );
  return { shown, saved, filtered: unsaved.length - shown.length };
}
