import { openDb } from '../db/client.ts';
import type { Env } from '../env.ts';
import { logSafe } from '../lib/errors.ts';
import { boardsConfig } from './config.ts';
import { type QueueMessage, readBoards } from './consume.ts';
import { boardFetch } from './fetcher.ts';
import { HostLimiter } from './host-limit.ts';
import { pruneFetchLog, sendDueBoards } from './schedule.ts';

/**
 * The Workers runtime's two entry points for boards, kept to wiring (index.ts calls them): the
 * Cron Trigger sends the due boards to the queue, and the queue's consumer reads them. The logic
 * is in schedule.ts and consume.ts, tested without the runtime.
 */

export async function onScheduled(env: Env, now: number): Promise<void> {
  if (!env.BOARD_QUEUE) {
    console.warn(JSON.stringify({ msg: 'boards: no BOARD_QUEUE binding; followed boards are not read by the worker' }));
    return;
  }
  const { db, close } = openDb(env.HYPERDRIVE.connectionString);
  try {
    const sent = await sendDueBoards(db, env.BOARD_QUEUE, now, boardsConfig(env));
    const pruned = await pruneFetchLog(db, now);
    console.log(JSON.stringify({ msg: 'boards: cron', sent: sent.length, pruned }));
  } catch (error) {
    console.error(JSON.stringify({ msg: 'boards: cron failed', error: logSafe(error) }));
    throw error;
  } finally {
    await close();
  }
}

/** One per isolate, so the batches an isolate runs one after another share each host's minute. */
let limiter: HostLimiter | undefined;

export async function onQueue(messages: readonly QueueMessage[], env: Env): Promise<void> {
  const config = boardsConfig(env);
  limiter ??= new HostLimiter(config.hostLimitPerMinute, Date.now, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const { db, close } = openDb(env.HYPERDRIVE.connectionString);
  try {
    await readBoards(messages, {
      db,
      fetch: boardFetch((url, init) => fetch(url, init), limiter, config.requestTimeoutMs),
      limiter,
      config,
      now: Date.now,
    });
  } finally {
    await close();
  }
}
