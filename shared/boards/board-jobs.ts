import type { BoardJob } from '../api/boards.ts';
import type { BoardPosting } from './types.ts';

/**
 * A board's jobs as a device keeps them between reads (issue 17): the same rows the worker serves
 * (`BoardJob`), kept up to date from one read of the board by the same rules the worker's SQL
 * follows (worker/src/boards/record-read.ts): a job new to the board is added, one changed or
 * back on the board is updated, one the board no longer lists is closed — never deleted, so the
 * user still sees what they saved or applied to, marked closed.
 */

/** A posting's key within its board: the API's id, else its address. */
export function postingKey(posting: Pick<BoardPosting, 'job'>): string {
  return posting.job.sourceId ?? posting.job.url;
}

export interface MergedRead {
  /** Every row the read changed (new, changed, reopened, closed, or only seen again), to store. */
  rows: BoardJob[];
  /** Jobs new to the board in this read. */
  added: BoardJob[];
  /** Jobs this read closed. */
  closed: BoardJob[];
}

const sameJob = (a: BoardJob['job'], b: BoardJob['job']) => JSON.stringify(a) === JSON.stringify(b);

/** The board's stored jobs after a read that listed `postings` at `now` (epoch ms). */
export function mergeRead(boardKey: string, stored: readonly BoardJob[], postings: readonly BoardPosting[], now: number): MergedRead {
  const byKey = new Map(stored.map((row) => [row.jobKey, row]));
  const seen = new Set<string>();
  const out: MergedRead = { rows: [], added: [], closed: [] };
  for (const posting of postings) {
    const jobKey = postingKey(posting);
    if (seen.has(jobKey)) continue;
    seen.add(jobKey);
    const before = byKey.get(jobKey);
    if (!before) {
      const row: BoardJob = { boardKey, jobKey, job: posting.job, firstSeenAt: now, lastSeenAt: now, closedAt: null, changedAt: now };
      out.rows.push(row);
      out.added.push(row);
      continue;
    }
    const changed = before.closedAt !== null || !sameJob(before.job, posting.job);
    out.rows.push({ ...before, job: posting.job, lastSeenAt: now, closedAt: null, changedAt: changed ? now : before.changedAt });
  }
  const { rows, closed } = closeAll(
    stored.filter((row) => !seen.has(row.jobKey)),
    now,
  );
  out.rows.push(...rows);
  out.closed.push(...closed);
  return out;
}

/** Closes every open job of `stored` (a board gone: its API answered 404, or jobs a read no longer lists). */
export function closeAll(stored: readonly BoardJob[], now: number): { rows: BoardJob[]; closed: BoardJob[] } {
  const closed = stored.filter((row) => row.closedAt === null).map((row) => ({ ...row, closedAt: now, changedAt: now }));
  return { rows: closed, closed };
}
