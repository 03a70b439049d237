import type { BoardJob } from '../../shared/api/boards.ts';
import { closeAll, mergeRead } from '../../shared/boards/board-jobs.ts';
import type { BoardFailureKind } from '../../shared/boards/errors.ts';
import type { BoardResult, Validators } from '../../shared/boards/fetch-board.ts';
import type { JobsmithDb } from './database.ts';

/**
 * The jobs of the boards the user follows, on this device (issue 17), and how each board's last
 * read went. Not synced records: signed in, every device pulls them from the worker, which reads
 * each board once for all its followers; signed out, this device reads the boards itself. Both
 * land here, so "New for you" reads one table either way.
 */

/** A board job as the device keeps it: when the user was told of it (a notification), if ever. */
export interface StoredBoardJob extends BoardJob {
  notifiedAt: number | null;
}

/** Why a board was not read, beyond the readers' own failures. */
export type ReadStatus = 'ok' | 'not-modified' | BoardFailureKind | 'no-permission';

/** The last read of one board by this device, and when the next is due. */
export interface BoardReadState {
  boardKey: string;
  lastReadAt: number;
  nextReadAt: number;
  status: ReadStatus;
  /** The failure in words, for the panel ("no answer from …"); null after a good read. */
  message: string | null;
  failures: number;
  validators: Validators | null;
}

export interface StoredRead {
  /** Jobs new to a board that this device had read before (a first read lists the board, it brings nothing new). */
  added: StoredBoardJob[];
  closed: number;
}

const stored = (row: BoardJob, before?: StoredBoardJob): StoredBoardJob => ({ ...row, notifiedAt: before?.notifiedAt ?? null });

/** Stores one read of a board made on this device, and its outcome; `nextReadAt` is when to read it again. */
export async function storeRead(
  db: JobsmithDb,
  boardKey: string,
  result: BoardResult | { status: 'no-permission' },
  now: number,
  nextReadAt: number,
): Promise<StoredRead> {
  return db.transaction('rw', db.boardJobs, db.boardReads, async () => {
    const before = await db.boardReads.get(boardKey);
    const rows = await db.boardJobs.where('boardKey').equals(boardKey).toArray();
    const state: BoardReadState = {
      boardKey,
      lastReadAt: now,
      nextReadAt,
      status: result.status === 'failed' ? result.failure.kind : result.status,
      message: result.status === 'failed' ? result.failure.message : null,
      failures: result.status === 'failed' ? (before?.failures ?? 0) + 1 : 0,
      validators: result.status === 'ok' || result.status === 'not-modified' ? result.validators : (before?.validators ?? null),
    };
    await db.boardReads.put(state);
    // Only a good read or a board that is gone (404) changes its jobs: any other failure loses nothing.
    const merged =
      result.status === 'ok'
        ? mergeRead(boardKey, rows, result.postings, now)
        : result.status === 'failed' && result.failure.kind === 'closed'
          ? { ...closeAll(rows, now), added: [] }
          : { rows: [], added: [], closed: [] };
    const byKey = new Map(rows.map((r) => [r.jobKey, r]));
    await db.boardJobs.bulkPut(merged.rows.map((row) => stored(row, byKey.get(row.jobKey))));
    const hadRead = rows.length > 0 || (before !== undefined && before.status === 'ok');
    return { added: hadRead ? merged.added.map((row) => stored(row)) : [], closed: merged.closed.length };
  });
}

/**
 * Stores jobs pulled from the worker. Returns those new to the device on `knownBoards` (boards it
 * held jobs of before this pull began): the first pages of a newly followed board list it, they
 * are not news.
 */
export async function storePulled(db: JobsmithDb, jobs: readonly BoardJob[], knownBoards: ReadonlySet<string>): Promise<StoredBoardJob[]> {
  return db.transaction('rw', db.boardJobs, async () => {
    const before = await db.boardJobs.bulkGet(jobs.map((j) => [j.boardKey, j.jobKey]));
    const rows = jobs.map((job, i) => stored(job, before[i]));
    await db.boardJobs.bulkPut(rows);
    return rows.filter((row, i) => !before[i] && row.closedAt === null && knownBoards.has(row.boardKey));
  });
}

/** The boards this device holds any job of. */
export async function boardsWithJobs(db: JobsmithDb): Promise<Set<string>> {
  return new Set((await db.boardJobs.orderBy('boardKey').uniqueKeys()) as string[]);
}

/** The jobs of these boards (the live follows), open and closed. */
export async function boardJobsOf(db: JobsmithDb, boardKeys: readonly string[]): Promise<StoredBoardJob[]> {
  return db.boardJobs
    .where('boardKey')
    .anyOf([...boardKeys])
    .toArray();
}

export async function readStates(db: JobsmithDb): Promise<Map<string, BoardReadState>> {
  return new Map((await db.boardReads.toArray()).map((s) => [s.boardKey, s]));
}

/** Remembers that the user was told of these jobs. */
export async function markNotified(db: JobsmithDb, jobs: readonly Pick<BoardJob, 'boardKey' | 'jobKey'>[], now: number): Promise<void> {
  await db.transaction('rw', db.boardJobs, async () => {
    for (const { boardKey, jobKey } of jobs) await db.boardJobs.update([boardKey, jobKey], { notifiedAt: now });
  });
}

/** A board no one on this device follows any more: its jobs and read state go (they are the worker's or re-read on a new follow). */
export async function forgetBoard(db: JobsmithDb, boardKey: string): Promise<void> {
  await db.transaction('rw', db.boardJobs, db.boardReads, async () => {
    await db.boardJobs.where('boardKey').equals(boardKey).delete();
    await db.boardReads.delete(boardKey);
  });
}
