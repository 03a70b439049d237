import { and, asc, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { BoardRef } from '../../../shared/boards/types.ts';
import type { Db } from '../db/client.ts';
import { boardFetchLog, boards, records } from '../db/schema/index.ts';
import type { QueueBinding } from '../env.ts';
import { type BoardMessage, type BoardsConfig, intervalOf, MINUTE_MS } from './config.ts';

/** The fetch log keeps this many days. */
export const BOARD_FETCH_LOG_DAYS = 30;
/** Cloudflare Queues takes at most 100 messages per sendBatch. */
const SEND_BATCH = 100;

/** A live follow of the board names it (the expression and predicate of records_follow_board_idx). */
const followed = sql`exists (select 1 from ${records} where ${records.entity} = 'follow' and (${records.data} ->> 'boardKey') = ${boards.key} and (${records.data} ->> 'deletedAt') is null)`;

/**
 * The cron's work: every board that is due (its next read time has come, no backoff holds it)
 * and followed by at least one live follow gets one queue message, oldest due first, at most
 * `perRun` of them. Each is leased in the same transaction by moving its next read time one
 * interval ahead (the configured interval, or the reader's longer minimum), so a board is sent
 * once per interval however many users follow it and however often the cron runs; the consumer
 * sets the real next time when it has read the board. Returns the boards sent.
 */
export async function sendDueBoards(
  db: Db,
  queue: QueueBinding<BoardMessage>,
  now: number,
  config: Pick<BoardsConfig, 'intervalMinutes' | 'perRun'>,
): Promise<string[]> {
  const at = new Date(now);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ key: boards.key, ref: boards.ref })
      .from(boards)
      .where(and(lte(boards.nextFetchAt, at), or(isNull(boards.backoffUntil), lte(boards.backoffUntil, at)), followed))
      .orderBy(asc(boards.nextFetchAt), asc(boards.key))
      .limit(config.perRun)
      .for('update', { skipLocked: true });
    const byInterval = new Map<number, string[]>();
    for (const { key, ref } of due) {
      const minutes = intervalOf((ref as BoardRef).kind, config);
      byInterval.set(minutes, [...(byInterval.get(minutes) ?? []), key]);
    }
    for (const [minutes, keys] of byInterval)
      await tx
        .update(boards)
        .set({ nextFetchAt: new Date(now + minutes * MINUTE_MS) })
        .where(inArray(boards.key, keys));
    // Sent inside the transaction: a send that fails rolls the leases back, and the next run sends them.
    const keys = due.map((d) => d.key);
    for (let i = 0; i < keys.length; i += SEND_BATCH)
      await queue.sendBatch(keys.slice(i, i + SEND_BATCH).map((key) => ({ body: { key } })));
    return keys;
  });
}

/** Drops fetch-log rows older than BOARD_FETCH_LOG_DAYS; returns how many. */
export async function pruneFetchLog(db: Db, now: number): Promise<number> {
  const gone = await db
    .delete(boardFetchLog)
    .where(lt(boardFetchLog.startedAt, new Date(now - BOARD_FETCH_LOG_DAYS * 24 * 60 * MINUTE_MS)))
    .returning({ id: boardFetchLog.id });
  return gone.length;
}
