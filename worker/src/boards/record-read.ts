import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { waitAfter } from '../../../shared/boards/backoff.ts';
import { postingKey } from '../../../shared/boards/board-jobs.ts';
import type { BoardFailure } from '../../../shared/boards/errors.ts';
import type { BoardResult } from '../../../shared/boards/fetch-board.ts';
import type { BoardPosting, BoardRef } from '../../../shared/boards/types.ts';
import type { Db, Tx } from '../db/client.ts';
import { boardFetchLog, boardJobs, boards } from '../db/schema/index.ts';
import { sha256 } from '../lib/crypto.ts';
import { type BoardsConfig, intervalOf, MINUTE_MS } from './config.ts';
import { MAX_MESSAGE_DELAY_SECONDS, retriesMessage } from './queue-retry.ts';

export type BoardRow = typeof boards.$inferSelect;

export interface ReadContext {
  /** When the read started and ended (epoch ms). */
  startedAt: number;
  now: number;
  /** The queue message's delivery attempt, 1 for the first. */
  attempt: number;
  config: Pick<BoardsConfig, 'intervalMinutes'>;
  random?: () => number;
}

/** What the consumer does with the message: ack it, or retry it after this many seconds. */
export interface ReadOutcome {
  retryAfterSeconds: number | null;
}

interface Counts {
  jobsSeen: number;
  jobsNew: number;
  jobsChanged: number;
  jobsClosed: number;
}

const NONE: Counts = { jobsSeen: 0, jobsNew: 0, jobsChanged: 0, jobsClosed: 0 };
const CHUNK = 500;
/** A job's key is the API's id, or its address; an address too long for an index key is kept as its hash. */
const MAX_KEY = 500;

async function jobKeyOf(posting: BoardPosting): Promise<string> {
  const key = postingKey(posting);
  return key.length <= MAX_KEY ? key : `sha256:${await sha256(key)}`;
}

/** Stores every posting of a read (new, changed, seen again, open again) and closes the open jobs it no longer lists. */
async function storePostings(tx: Tx, key: string, postings: BoardPosting[], at: Date): Promise<Counts> {
  const counts = { ...NONE, jobsSeen: postings.length };
  const rows = await Promise.all(
    postings.map(async (p) => ({
      boardKey: key,
      jobKey: await jobKeyOf(p),
      dedupeKey: p.job.dedupeKey,
      job: p.job,
      sourceUpdatedAt: p.updatedAt,
      firstSeenAt: at,
      lastSeenAt: at,
      updatedAt: at,
    })),
  );
  const stamp = sql`${at.toISOString()}::timestamptz`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const written = await tx
      .insert(boardJobs)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [boardJobs.boardKey, boardJobs.jobKey],
        set: {
          job: sql`excluded.job`,
          dedupeKey: sql`excluded.dedupe_key`,
          sourceUpdatedAt: sql`excluded.source_updated_at`,
          lastSeenAt: sql`excluded.last_seen_at`,
          closedAt: sql`null`,
          // Only a change a reader can see moves updatedAt (what `since` follows): not a job merely seen again.
          updatedAt: sql`case when ${boardJobs.job} is distinct from excluded.job or ${boardJobs.closedAt} is not null then excluded.updated_at else ${boardJobs.updatedAt} end`,
        },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)`, touched: sql<boolean>`${boardJobs.updatedAt} = ${stamp}` });
    for (const row of written) {
      if (row.inserted) counts.jobsNew++;
      else if (row.touched) counts.jobsChanged++;
    }
  }
  counts.jobsClosed = await closeUnseen(tx, key, at);
  return counts;
}

/** Open jobs of the board not seen at `at` are gone from it: closed, never deleted. */
async function closeUnseen(tx: Tx, key: string, at: Date): Promise<number> {
  const closed = await tx
    .update(boardJobs)
    .set({ closedAt: at, updatedAt: at })
    .where(and(eq(boardJobs.boardKey, key), isNull(boardJobs.closedAt), ne(boardJobs.lastSeenAt, at)))
    .returning({ jobKey: boardJobs.jobKey });
  return closed.length;
}

/** What the board row and the message become after a failed read. */
function afterFailure(board: BoardRow, failure: BoardFailure, context: ReadContext, interval: number) {
  const failures = board.consecutiveFailures + 1;
  const wait = Math.min(waitAfter(failure, failures, context.random), MAX_MESSAGE_DELAY_SECONDS);
  const retry = retriesMessage(failure, context.attempt);
  const backoffUntil = new Date(context.now + wait * 1000);
  // A message tried again must find the board still leased, so the cron does not send it a second time meanwhile.
  const nextFetchAt = new Date(context.now + wait * 1000 + (retry ? interval * MINUTE_MS : 0));
  return { failures, backoffUntil, nextFetchAt, retryAfterSeconds: retry ? wait : null };
}

/**
 * Records one read of a board in one transaction: its jobs (ok), nothing but the schedule
 * (not-modified), or the failure: a closed board (404) closes its jobs; any other failure
 * touches no job, so a malformed answer loses nothing already stored. Every read is a row of
 * the fetch log. Returns whether the message is to be tried again.
 */
export async function recordRead(db: Db, board: BoardRow, result: BoardResult, context: ReadContext): Promise<ReadOutcome> {
  const ref = board.ref as BoardRef;
  const interval = intervalOf(ref.kind, context.config);
  const at = new Date(context.now);
  const log = {
    boardKey: board.key,
    startedAt: new Date(context.startedAt),
    durationMs: Math.max(0, context.now - context.startedAt),
    attempt: context.attempt,
    requests: result.requests,
  };
  return db.transaction(async (tx) => {
    if (result.status === 'failed') {
      const { failure } = result;
      const next = afterFailure(board, failure, context, interval);
      const counts = failure.kind === 'closed' ? { ...NONE, jobsClosed: await closeUnseen(tx, board.key, at) } : NONE;
      await tx
        .update(boards)
        .set({
          consecutiveFailures: next.failures,
          backoffUntil: next.backoffUntil,
          nextFetchAt: next.nextFetchAt,
          lastStatus: failure.kind,
        })
        .where(eq(boards.key, board.key));
      await tx
        .insert(boardFetchLog)
        .values({ ...log, ...counts, status: failure.kind, httpStatus: failure.status ?? null, error: failure.message.slice(0, 1000) });
      return { retryAfterSeconds: next.retryAfterSeconds };
    }
    let counts = NONE;
    if (result.status === 'ok') counts = await storePostings(tx, board.key, result.postings, at);
    else
      await tx
        .update(boardJobs)
        .set({ lastSeenAt: at })
        .where(and(eq(boardJobs.boardKey, board.key), isNull(boardJobs.closedAt)));
    const validators = result.validators;
    await tx
      .update(boards)
      .set({
        etag: validators?.etag ?? null,
        lastModified: validators?.lastModified ?? null,
        nextFetchAt: new Date(context.now + interval * MINUTE_MS),
        consecutiveFailures: 0,
        backoffUntil: null,
        lastStatus: result.status,
        fetchedAt: at,
      })
      .where(eq(boards.key, board.key));
    const detailsMissing = result.status === 'ok' ? result.detailsMissing : 0;
    await tx.insert(boardFetchLog).values({ ...log, ...counts, detailsMissing, status: result.status });
    return { retryAfterSeconds: null };
  });
}
