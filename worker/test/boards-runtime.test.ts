import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, type RunningDatabase, startEmbeddedPostgres } from '../../scripts/lib/database.ts';
import { freePort, type Managed, startWorker, waitForHttp } from '../../scripts/lib/processes.ts';
import type { BoardJobsResponse } from '../../shared/api/boards.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { newId } from '../../shared/ids.ts';
import { followFields } from '../../shared/schemas/follow.ts';
import { createHlc } from '../../shared/sync/hlc.ts';
import { stamp } from '../../shared/sync/merge.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { fakePostings } from '../../shared/testing/boards/index.ts';
import { USER_AGENT } from '../src/boards/fetcher.ts';
import { type FakeBoards, startFakeBoards } from './fake-boards.ts';

/**
 * The Cron Trigger and the queue consumer in the Workers runtime: the worker runs under
 * `wrangler dev --test-scheduled` (workerd, with the queue simulated by Miniflare as wrangler.toml
 * declares it), on a database of its own (the cron sends every due board of its database), with
 * the board APIs at the fake board server. GET /__scheduled runs the cron as Cloudflare would.
 */

const ref: BoardRef = { kind: 'greenhouse', slug: 'runtime-acme' };
let database: RunningDatabase;
let fake: FakeBoards;
let worker: Managed;
let base: string;
let token: string;

async function api(path: string, init: RequestInit = {}) {
  return fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
}

async function jobs(): Promise<BoardJobsResponse> {
  return (await (await api('/v1/boards/jobs')).json()) as BoardJobsResponse;
}

/** Polls the route until `done` holds (the local queue delivers its batch within a few seconds). */
async function until(done: (page: BoardJobsResponse) => boolean): Promise<BoardJobsResponse> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = await jobs();
    if (done(page) || Date.now() > deadline) return page;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function runCron() {
  const res = await fetch(`${base}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`);
  expect(res.status).toBe(200);
}

async function sql<T>(work: (db: postgres.Sql) => Promise<T>): Promise<T> {
  const db = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    return await work(db);
  } finally {
    await db.end({ timeout: 5 });
  }
}

beforeAll(async () => {
  database = await startEmbeddedPostgres();
  await applyMigrations(database.url);
  fake = await startFakeBoards([{ ref, company: 'Acme Inc.', postings: fakePostings(3) }]);
  const port = await freePort();
  worker = startWorker({ port, databaseUrl: database.url, quiet: true, vars: { BOARD_API_BASE: fake.url }, args: ['--test-scheduled'] });
  base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/health`, worker, 120_000);
  const signup = await fetch(`${base}/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'runtime@example.com', password: 'correct horse battery' }),
  });
  token = ((await signup.json()) as { accessToken: string }).accessToken;
  const now = Date.now();
  const follow = stamp(
    undefined,
    { id: newId(now), createdAt: now, updatedAt: now, deletedAt: null, clocks: {}, ...followFields(ref, 'Acme') },
    createHlc('runtime', Date.now).tick,
  );
  const pushed = await api('/v1/sync/push', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) },
    body: JSON.stringify({ changes: [{ opId: newId(), entity: 'follow', record: follow }] }),
  });
  expect(pushed.status).toBe(200);
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  await database?.stop();
});

describe('followed boards in the Workers runtime', () => {
  it('the cron sends the followed board to the queue, the consumer reads it once, and the follower sees its jobs', async () => {
    await runCron();
    const page = await until((p) => p.jobs.length === 3);
    expect(page.jobs.map((j) => j.job.company)).toEqual(['Acme', 'Acme', 'Acme']);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers['user-agent']).toBe(USER_AGENT);

    // Within the interval the cron sends it no more: still one request after the queue's batch time.
    await runCron();
    await new Promise((resolve) => setTimeout(resolve, 8000));
    expect(fake.requests).toHaveLength(1);
    const log = await sql((db) => db`select status, jobs_new from board_fetch_log`);
    expect(log.map((row) => ({ ...row }))).toEqual([{ status: 'ok', jobs_new: 3 }]);
  }, 120_000);

  it('when the board is due again, a job gone from it shows as closed', async () => {
    fake.boards[0]?.postings.splice(0, 1);
    // An hour passes for the board: it was read an hour ago and is due now.
    await sql((db) => db`update boards set next_fetch_at = now() - interval '1 minute', fetched_at = fetched_at - interval '1 hour'`);
    await runCron();
    const page = await until((p) => p.jobs.some((j) => j.closedAt !== null));
    expect(page.jobs.filter((j) => j.closedAt !== null).map((j) => j.jobKey)).toEqual(['4100000']);
    // Asked with the last read's validators; the list changed, so the answer was a new one.
    expect(fake.requests[1]?.headers['if-none-match']).toMatch(/^".+"$/);
  }, 120_000);
});
