import type { BoardJobsResponse } from '../../shared/api/boards.ts';
import { waitAfter } from '../../shared/boards/backoff.ts';
import { fetchBoard, type HttpFetch } from '../../shared/boards/fetch-board.ts';
import { readerOf, readIntervalMinutes } from '../../shared/boards/registry.ts';
import type { Follow } from '../../shared/schemas/follow.ts';
import { boardsWithJobs, forgetBoard, readStates, type StoredBoardJob, storePulled, storeRead } from '../db/board-jobs.ts';
import type { JobsmithDb } from '../db/database.ts';
import { listFollows } from '../db/follows.ts';
import type { BoardCursor } from '../settings.ts';

/**
 * Keeps the followed boards' jobs on this device up to date (issue 17), on the background's
 * schedule and when the user follows a board:
 * - signed in, the worker reads every board once for all its followers, and this device pulls
 *   the jobs that changed since its last pull (GET /v1/boards/jobs);
 * - signed out, this device reads each board itself through the same readers, no more often than
 *   LOCAL_INTERVAL_MINUTES (or the API's own minimum), with the worker's backoff after failures,
 *   and only where the browser grants the API's host (asked for on the first follow).
 * A board just followed is read at once either way, so its jobs show without waiting for the schedule.
 */

/** A signed-out device reads each followed board at most this often. */
export const LOCAL_INTERVAL_MINUTES = 60;
/** Pages of a pull: enough for thousands of changed jobs, without looping on a server that keeps saying "more". */
const MAX_PULL_PAGES = 20;
const MINUTE_MS = 60_000;

export interface RefreshDeps {
  db: JobsmithDb;
  now: () => Promise<number>;
  fetch: HttpFetch;
  /** Whether the browser grants these host patterns (the API's, optional host permissions). */
  hasPermission: (origins: string[]) => Promise<boolean>;
  /** The worker's board jobs, page by page; null while signed out. */
  pull: (() => Promise<BoardPull | null>) | null;
}

/** Pulls from the worker with this user's cursor (kept by the caller). */
export interface BoardPull {
  page: (since: string | undefined) => Promise<BoardJobsResponse>;
  cursor: { get: () => Promise<BoardCursor | undefined>; set: (cursor: BoardCursor) => Promise<void> };
}

export interface Refreshed {
  read: number;
  pulled: number;
  /** Jobs new to boards this device already knew: what may be worth a notification. */
  added: StoredBoardJob[];
}

/** Reads one followed board on this device and stores what it gave. */
async function readOne(deps: RefreshDeps, follow: Follow, validators: Parameters<typeof fetchBoard>[1]['validators'], failures: number) {
  const now = await deps.now();
  const interval = readIntervalMinutes(follow.board.kind, LOCAL_INTERVAL_MINUTES) * MINUTE_MS;
  if (!(await deps.hasPermission([...readerOf(follow.board.kind).apiMatches])))
    return storeRead(deps.db, follow.boardKey, { status: 'no-permission' }, now, now + interval);
  // The company as the user knows it names the jobs, so they meet the same job seen elsewhere.
  const board = follow.company ? { ...follow.board, company: follow.company } : follow.board;
  const result = await fetchBoard(board, { fetch: deps.fetch, validators, now: () => new Date(now) });
  const done = await deps.now();
  const next = result.status === 'failed' ? done + waitAfter(result.failure, failures + 1) * 1000 : done + interval;
  return storeRead(deps.db, follow.boardKey, result, done, next);
}

async function pullAll(pull: BoardPull, db: JobsmithDb, followed: readonly string[]): Promise<{ pulled: number; added: StoredBoardJob[] }> {
  const held = await pull.cursor.get();
  // A board followed since the last pull (here or on another device) is pulled from the start.
  // The worker dates its jobs for this user no earlier than the follow (jobs-for-user.ts), but the
  // follow is dated by the database when its push began, and the jobs by the worker's reads: a
  // push still committing, or the two clocks apart, can date them before a cursor already held.
  let since = held && followed.every((key) => held.boards.includes(key)) ? held.since : undefined;
  const known = await boardsWithJobs(db);
  const out = { pulled: 0, added: [] as StoredBoardJob[] };
  for (let page = 0; page < MAX_PULL_PAGES; page++) {
    const answer = await pull.page(since);
    out.added.push(...(await storePulled(db, answer.jobs, known)));
    out.pulled += answer.jobs.length;
    since = answer.cursor;
    // Cut off by the page limit, the next refresh goes on from here: the stream is in order.
    await pull.cursor.set({ since: answer.cursor, boards: [...followed] });
    if (!answer.more) break;
  }
  return out;
}

/**
 * One refresh: `boardKey` reads that board now (just followed, or "Check now"); without it, every
 * board whose time has come. Boards no longer followed are forgotten on this device.
 */
export async function refreshBoards(deps: RefreshDeps, options: { boardKey?: string } = {}): Promise<Refreshed> {
  const follows = await listFollows(deps.db);
  const states = await readStates(deps.db);
  const followed = new Set(follows.map((f) => f.boardKey));
  for (const key of states.keys()) if (!followed.has(key)) await forgetBoard(deps.db, key);
  const pull = deps.pull ? await deps.pull() : null;
  const now = await deps.now();
  const due = follows.filter((f) =>
    options.boardKey
      ? f.boardKey === options.boardKey
      : // Signed in, the worker reads the boards: the device only pulls.
        !pull && (states.get(f.boardKey)?.nextReadAt ?? 0) <= now,
  );
  const out: Refreshed = { read: 0, pulled: 0, added: [] };
  for (const follow of due) {
    const state = states.get(follow.boardKey);
    const stored = await readOne(deps, follow, state?.validators ?? null, state?.failures ?? 0);
    out.read++;
    out.added.push(...stored.added);
  }
  if (pull) {
    const pulled = await pullAll(pull, deps.db, [...followed]);
    out.pulled = pulled.pulled;
    out.added.push(...pulled.added);
  }
  return out;
}
