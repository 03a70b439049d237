import { eq } from 'drizzle-orm';
import { fetchBoard, type HttpFetch, rebase } from '../../../shared/boards/fetch-board.ts';
import { BoardRefSchema, readerOf } from '../../../shared/boards/registry.ts';
import type { Db } from '../db/client.ts';
import { boardFetchLog, boards } from '../db/schema/index.ts';
import { logSafe } from '../lib/errors.ts';
import { type BoardsConfig, isBoardMessage, MINUTE_MS } from './config.ts';
import type { HostLimiter } from './host-limit.ts';
import { type BoardRow, recordRead } from './record-read.ts';

/** What the consumer needs of a queue message (Cloudflare's Message fits as it is). */
export interface QueueMessage {
  readonly body: unknown;
  readonly attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

export interface ConsumeDeps {
  db: Db;
  /** The board APIs' fetch, already waiting on `limiter` (fetcher.ts). */
  fetch: HttpFetch;
  limiter: HostLimiter;
  config: Pick<BoardsConfig, 'intervalMinutes' | 'apiBase'>;
  now: () => number;
  random?: () => number;
  /** Boards read at once within a batch. */
  concurrency?: number;
}

/** A delay for a message whose board could not be looked at (the database failed): the next attempt, soon. */
const TRY_AGAIN_SECONDS = 60;

/**
 * The queue consumer's work: reads the board of each message and records what came of it
 * (record-read.ts). A message is retried when its host has no room this minute (no failure is
 * counted), when the read failed in a way that passes (429, 5xx, no answer: after the board's
 * backoff), or when the database failed; it is acked otherwise. One board's failure never stops
 * the others.
 */
export async function readBoards(messages: readonly QueueMessage[], deps: ConsumeDeps): Promise<void> {
  const queue = [...messages];
  const store = inStampOrder(deps.now);
  const worker = async () => {
    for (let message = queue.shift(); message; message = queue.shift()) {
      try {
        await readOne(message, deps, store);
      } catch (error) {
        console.error(JSON.stringify({ msg: 'board read failed', error: logSafe(error) }));
        message.retry({ delaySeconds: TRY_AGAIN_SECONDS });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));
}

/** Runs a write with its change time (epoch ms), after every write of the batch begun before it. */
type InStampOrder = <T>(write: (stamp: number) => Promise<T>) => Promise<T>;

/**
 * The batch's boards are fetched at once but stored one at a time, each stamped later than the
 * one stored before it. A user's pull follows the change time (jobs-for-user.ts): were two reads
 * stored at once, the one stamped earlier could commit after a pull had passed the other's
 * stamp, and its jobs would never reach that user. (Batches run one at a time: wrangler.toml.)
 */
function inStampOrder(now: () => number): InStampOrder {
  let last = 0;
  let previous: Promise<unknown> = Promise.resolve();
  return (write) => {
    const next = previous.then(() => {
      last = Math.max(now(), last + 1);
      return write(last);
    });
    previous = next.catch(() => undefined);
    return next;
  };
}

async function readOne(message: QueueMessage, deps: ConsumeDeps, store: InStampOrder): Promise<void> {
  const body = message.body;
  if (!isBoardMessage(body)) {
    console.error(JSON.stringify({ msg: 'board message without a key: dropped' }));
    return message.ack();
  }
  const [board] = await deps.db.select().from(boards).where(eq(boards.key, body.key)).limit(1);
  if (!board) return message.ack();
  // Checked when its follow was pushed; a reader that no longer takes it (a host narrowed since) sends nothing.
  const ref = BoardRefSchema.safeParse(board.ref);
  if (!ref.success) {
    console.error(JSON.stringify({ msg: 'board no reader accepts: not read', board: board.key }));
    return message.ack();
  }
  const reader = readerOf(ref.data.kind);
  const startedAt = deps.now();
  // Queues deliver at least once: a board read moments ago is not read again.
  if (board.fetchedAt && startedAt - board.fetchedAt.getTime() < (reader.minIntervalMinutes * MINUTE_MS) / 2) {
    await skipped(deps.db, board, startedAt, message.attempts);
    return message.ack();
  }
  const first = reader.start(ref.data).url;
  const host = new URL(deps.config.apiBase ? rebase(first, deps.config.apiBase) : first).host;
  const wait = deps.limiter.waitFor(host);
  if (wait > 0) return message.retry({ delaySeconds: Math.ceil(wait / 1000) });
  const validators =
    board.etag || board.lastModified
      ? { ...(board.etag ? { etag: board.etag } : {}), ...(board.lastModified ? { lastModified: board.lastModified } : {}) }
      : null;
  const result = await fetchBoard(ref.data, {
    fetch: deps.fetch,
    validators,
    now: () => new Date(deps.now()),
    ...(deps.config.apiBase ? { apiBase: deps.config.apiBase } : {}),
  });
  const outcome = await store((now) =>
    recordRead(deps.db, board, result, {
      startedAt,
      now,
      attempt: message.attempts,
      config: deps.config,
      ...(deps.random ? { random: deps.random } : {}),
    }),
  );
  if (result.status === 'failed')
    console.warn(JSON.stringify({ msg: 'board read failed', board: board.key, kind: result.failure.kind, error: result.failure.message }));
  if (outcome.retryAfterSeconds === null) message.ack();
  else message.retry({ delaySeconds: outcome.retryAfterSeconds });
}

async function skipped(db: Db, board: BoardRow, at: number, attempt: number): Promise<void> {
  await db.insert(boardFetchLog).values({ boardKey: board.key, startedAt: new Date(at), durationMs: 0, status: 'skipped', attempt });
}
