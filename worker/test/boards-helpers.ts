import { inject } from 'vitest';
import { fetchBoard, type HttpFetch } from '../../shared/boards/fetch-board.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { newId } from '../../shared/ids.ts';
import { type Follow, followFields } from '../../shared/schemas/follow.ts';
import { FAKE_APIS, type FakeBoard, type FakeRequest, fakeFetch, fakePostings } from '../../shared/testing/boards/index.ts';
import type { BoardMessage } from '../src/boards/config.ts';
import { type QueueMessage, readBoards } from '../src/boards/consume.ts';
import { HostLimiter } from '../src/boards/host-limit.ts';
import { sendDueBoards } from '../src/boards/schedule.ts';
import { type Db, openDb } from '../src/db/client.ts';
import type { TestApi } from './harness.ts';
import { edit, push } from './saved-job.ts';

/**
 * The boards' cron and queue consumer run in-process against the test database: the queue is
 * an array, the board APIs are the fakes of shared/testing/boards answering through an
 * in-memory fetch (real API addresses, no network), and the clock is the test's.
 */

/** A board of its own for each test (the database is shared by every test file). */
export function uniqueSlug(prefix = 'acme'): string {
  return `${prefix}-${newId().slice(-10).toLowerCase()}`;
}

export function fakeBoard(ref: BoardRef, count = 3, company = 'Acme Robotics Inc.'): FakeBoard {
  return { ref, company, postings: fakePostings(count) };
}

/** Opens the database for one piece of work and closes it (embedded PGlite serves one connection at a time). */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const { db, close } = openDb(inject('databaseUrl'));
  try {
    return await work(db);
  } finally {
    await close();
  }
}

/** Pushes a follow of `ref` for the token's user, as the extension's outbox would. */
export async function pushFollow(api: TestApi, token: string, ref: BoardRef, company = ''): Promise<Follow> {
  const now = Date.now();
  const follow = edit(undefined, {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    clocks: {},
    ...followFields(ref, company),
  });
  await push(api, token, [{ opId: newId(), entity: 'follow', record: follow }]);
  return follow;
}

export async function pushUnfollow(api: TestApi, token: string, follow: Follow): Promise<Follow> {
  const gone = edit(follow, { ...follow, deletedAt: Date.now() });
  await push(api, token, [{ opId: newId(), entity: 'follow', record: gone }]);
  return gone;
}

/** A queue message as the consumer sees it, remembering what became of it. */
export interface TestMessage extends QueueMessage {
  outcome: 'pending' | 'acked' | { retryAfterSeconds: number | undefined };
}

export function message(body: unknown, attempts = 1): TestMessage {
  const m: TestMessage = {
    body,
    attempts,
    outcome: 'pending',
    ack() {
      m.outcome = 'acked';
    },
    retry(options) {
      m.outcome = { retryAfterSeconds: options?.delaySeconds };
    },
  };
  return m;
}

/** The cron's queue: what each run sent. */
export function fakeQueue() {
  const sent: BoardMessage[] = [];
  return {
    sent,
    binding: {
      sendBatch: async (messages: Iterable<{ body: BoardMessage }>) => {
        for (const m of messages) sent.push(m.body);
      },
    },
  };
}

/** The fake APIs with a log of every request; `boards` is live (tests change postings and modes between reads). */
export function fakeApis(boards: FakeBoard[]) {
  const requests: FakeRequest[] = [];
  return { boards, requests, fetch: fakeFetch(FAKE_APIS, boards, requests) as HttpFetch };
}

export interface Harness {
  clock: { now: number };
  apis: ReturnType<typeof fakeApis>;
  /** Every request the consumer sent, by host and (test clock) time. */
  sent?: Array<{ host: string; at: number }>;
  hostLimit?: number;
  intervalMinutes?: number;
  /** The isolate's limiter: kept across batches, as the worker keeps it. */
  limiter?: HostLimiter;
}

/** One cron run at the harness's time: the keys it sent (of every board in the database that is due). */
export async function cron(h: Harness): Promise<string[]> {
  const queue = fakeQueue();
  await withDb((db) => sendDueBoards(db, queue.binding, h.clock.now, { intervalMinutes: h.intervalMinutes ?? 60, perRun: 5000 }));
  return queue.sent.map((m) => m.key);
}

/** One queue batch: the consumer reads each message's board through the fake APIs. */
export async function consume(h: Harness, messages: TestMessage[]): Promise<TestMessage[]> {
  h.limiter ??= new HostLimiter(
    h.hostLimit ?? 1000,
    () => h.clock.now,
    async (ms) => {
      h.clock.now += ms;
    },
  );
  const limiter = h.limiter;
  const fetch: HttpFetch = async (url, init) => {
    const host = new URL(url).host;
    await limiter.take(host);
    h.sent?.push({ host, at: h.clock.now });
    return h.apis.fetch(url, init);
  };
  await withDb((db) =>
    readBoards(messages, {
      db,
      fetch,
      limiter,
      config: { intervalMinutes: h.intervalMinutes ?? 60 },
      now: () => h.clock.now,
      random: () => 0.5,
    }),
  );
  return messages;
}

/** The board's jobs as fetchBoard reads them now, for comparisons. */
export async function readNow(h: Harness, ref: BoardRef) {
  const result = await fetchBoard(ref, { fetch: h.apis.fetch });
  if (result.status !== 'ok') throw new Error(`fake board not readable: ${result.status}`);
  return result.postings.map((p) => p.job);
}

/** Requests to one board's API (the fake log holds every board's). */
export function requestsFor(h: Harness, slug: string): FakeRequest[] {
  return h.apis.requests.filter((r) => r.url.pathname.includes(slug) || r.url.hostname.startsWith(slug));
}
