// The worker's fan-out of followed boards (issue 17) at 1,000 boards of 50 postings, in-process
// against a real database: the cron's selection (due and followed boards, leased) and its
// messages, then the queue consumer reading every board (fetchBoard through the per-host limit,
// the jobs upserted, the fetch log) on the fake board APIs, first read and unchanged read. The
// fakes' answers are made once beforehand, so the timing is the worker's, not the fakes'.
import postgres from 'postgres';
import { fetchBoard, type HttpFetch, type HttpResponse } from '../shared/boards/fetch-board.ts';
import { BOARD_READERS } from '../shared/boards/registry.ts';
import type { BoardRef } from '../shared/boards/types.ts';
import { newId } from '../shared/ids.ts';
import { followFields } from '../shared/schemas/follow.ts';
import { FAKE_APIS, type FakeBoard, fakeFetch, fakePostings } from '../shared/testing/boards/index.ts';
import type { BoardMessage } from '../worker/src/boards/config.ts';
import { type QueueMessage, readBoards } from '../worker/src/boards/consume.ts';
import { HostLimiter } from '../worker/src/boards/host-limit.ts';
import { sharedRef } from '../worker/src/boards/register.ts';
import { sendDueBoards } from '../worker/src/boards/schedule.ts';
import { openDb } from '../worker/src/db/client.ts';
import { type Summary, summarize, summarizeSequential } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

export interface FanoutBenchResult {
  boards: number;
  postings: number;
  /** One cron run: select the due followed boards, lease them, build and send their messages. */
  cronMs: number;
  /** The consumer reading every board (concurrency 4, as the worker runs a batch). */
  firstReadMs: number;
  unchangedReadMs: number;
  boardsPerSecond: number;
  postingsPerSecond: number;
}

export const BOARDS = 1000;
const PER_BOARD = 50;
const now = new Date('2026-11-20T12:00:00Z');

function refOf(kind: BoardRef['kind'], name: string): BoardRef {
  if (kind === 'workday') return { kind, slug: name, site: 'External', host: `${name}.wd5.myworkdayjobs.com` };
  return { kind, slug: name };
}

/** 1,000 boards of 50 postings, the board APIs in turn, named `{prefix}{i}` (each bench its own). */
export function fanoutBoards(prefix: string, idBase: number): FakeBoard[] {
  return Array.from({ length: BOARDS }, (_, b) => {
    const kind = BOARD_READERS[b % BOARD_READERS.length]?.kind ?? 'greenhouse';
    const postings = fakePostings(PER_BOARD, { idBase: idBase + b * PER_BOARD, now });
    return { ref: refOf(kind, `${prefix}${b}`), company: `Company ${b}`, postings, now };
  });
}

/** Every answer a first and an unchanged read ask for, with its status and headers, made once. */
async function recordedFetch(boards: FakeBoard[]): Promise<HttpFetch> {
  const answers = new Map<string, { status: number; headers: Map<string, string>; body: string }>();
  const keyOf = (url: string, init: Parameters<HttpFetch>[1]) =>
    [init.method, url, init.body ?? '', init.headers['if-none-match'] ?? '', init.headers['if-modified-since'] ?? ''].join(' ');
  const fake = fakeFetch(FAKE_APIS, boards);
  const recording: HttpFetch = async (url, init) => {
    const response = await fake(url, init);
    const body = await response.text();
    const headers = new Map(
      ['etag', 'last-modified', 'retry-after'].flatMap((h) => (response.headers.get(h) ? [[h, response.headers.get(h) as string]] : [])),
    );
    answers.set(keyOf(url, init), { status: response.status, headers, body });
    return { status: response.status, headers: response.headers, text: async () => body };
  };
  for (const board of boards) {
    const first = await fetchBoard(board.ref, { fetch: recording, now: () => now });
    if (first.status === 'ok' && first.validators)
      await fetchBoard(board.ref, { fetch: recording, validators: first.validators, now: () => now });
  }
  return async (url, init) => {
    const answer = answers.get(keyOf(url, init));
    if (!answer) return fake(url, init);
    const response: HttpResponse = {
      status: answer.status,
      headers: { get: (h) => answer.headers.get(h.toLowerCase()) ?? null },
      text: async () => answer.body,
    };
    return response;
  };
}

/** One user following every board, and the boards registered (due now), straight into the tables; returns their keys. */
export async function seedFollowedBoards(url: string, boards: FakeBoard[]): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const userId = newId();
    await sql`insert into users (id, email, password_hash, password_salt, password_iterations) values (${userId}, ${`fanout-${userId}@example.com`}, 'x', 'x', 1)`;
    const follows = boards.map((b) => ({
      id: newId(),
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      clocks: {},
      ...followFields(b.ref, ''),
    }));
    for (let i = 0; i < follows.length; i += 500) {
      const chunk = follows.slice(i, i + 500);
      await sql`insert into records ${sql(chunk.map((f) => ({ user_id: userId, entity: 'follow', id: f.id, data: sql.json(f) })))}`;
      await sql`insert into boards ${sql(chunk.map((f) => ({ key: f.boardKey, ref: sql.json({ ...sharedRef(f.board) }) })))} on conflict do nothing`;
    }
    return follows.map((f) => f.boardKey);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Every board due now; `read`: last read 7 hours ago (past every reader's minimum, Remotive's 6 hours too). */
async function makeDue(url: string, keys: string[], read: boolean) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`update boards set next_fetch_at = ${now}, fetched_at = ${read ? new Date(now.getTime() - 7 * 3_600_000) : null} where key in ${sql(keys)}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function boardsFanoutBench(record: Record, databaseUrl: string): Promise<FanoutBenchResult> {
  const boards = fanoutBoards('fanout', 2_000_000);
  const replay = await recordedFetch(boards);
  const keys = await seedFollowedBoards(databaseUrl, boards);
  const mine = new Set(keys);
  const { db, close } = openDb(databaseUrl);
  try {
    const sent: BoardMessage[] = [];
    const queue = { sendBatch: async (messages: Iterable<{ body: BoardMessage }>) => void sent.push(...[...messages].map((m) => m.body)) };
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      await makeDue(databaseUrl, keys, false);
      sent.length = 0;
      const t0 = performance.now();
      await sendDueBoards(db, queue, now.getTime(), { intervalMinutes: 60, perRun: 5000 });
      runs.push(performance.now() - t0);
    }
    const messages = sent.filter((m) => mine.has(m.key));
    if (messages.length !== BOARDS) throw new Error(`the cron sent ${messages.length} of ${BOARDS} boards`);
    const cron = summarizeSequential(runs);
    record('boards: one cron run sending 1,000 due followed boards (select, lease, messages)', cron);

    const consume = async (): Promise<number> => {
      const limiter = new HostLimiter(
        1_000_000,
        () => now.getTime(),
        async () => {},
      );
      const queueMessages: QueueMessage[] = messages.map((body) => ({ body, attempts: 1, ack() {}, retry() {} }));
      const t0 = performance.now();
      await readBoards(queueMessages, { db, fetch: replay, limiter, config: { intervalMinutes: 60 }, now: () => now.getTime() });
      return performance.now() - t0;
    };
    const firstReadMs = Math.round(await consume());
    await makeDue(databaseUrl, keys, true);
    const unchangedReadMs = Math.round(await consume());
    const postings = BOARDS * PER_BOARD;
    // A board's time inside a batch of four at once: its share of the whole (per second: boards).
    const perBoard = (ms: number) => summarize(Array(BOARDS).fill(ms / BOARDS), ms);
    record('boards: consumer, first read of a board of 50 postings, stored', perBoard(firstReadMs));
    record('boards: consumer, unchanged read of a board (304 or the same jobs)', perBoard(unchangedReadMs));
    return {
      boards: BOARDS,
      postings,
      cronMs: cron.p50,
      firstReadMs,
      unchangedReadMs,
      boardsPerSecond: Math.round((BOARDS / firstReadMs) * 1000),
      postingsPerSecond: Math.round((postings / firstReadMs) * 1000),
    };
  } finally {
    await close();
  }
}
