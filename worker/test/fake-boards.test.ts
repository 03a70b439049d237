import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchBoardOptions, fetchBoard, type HttpFetch } from '../../shared/boards/fetch-board.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { fakePostings } from '../../shared/testing/boards/index.ts';
import { type FakeBoards, startFakeBoards } from './fake-boards.ts';

const now = new Date('2026-11-20T12:00:00Z');
const workday: BoardRef = { kind: 'workday', slug: 'acme', site: 'External', host: 'acme.wd5.myworkdayjobs.com' };
const personio: BoardRef = { kind: 'personio', slug: 'acme' };

let fake: FakeBoards;
beforeAll(async () => {
  fake = await startFakeBoards([
    { ref: workday, company: 'Acme Corp', postings: fakePostings(25, { now }), now },
    { ref: personio, company: 'Acme GmbH', postings: fakePostings(3, { now }) },
  ]);
});
afterAll(() => fake.close());

/** The platform's fetch with a deadline, as the worker and the CLI give it. */
const withTimeout =
  (ms: number): HttpFetch =>
  (url, init) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(ms) });

const read = (ref: BoardRef, options: Partial<FetchBoardOptions> = {}) =>
  fetchBoard(ref, { fetch: withTimeout(5000), apiBase: fake.url, now: () => now, ...options });

describe('the fake board server', () => {
  it('answers the real requests over HTTP: Workday’s POSTed pages and details, Personio’s XML', async () => {
    expect(await read(workday)).toMatchObject({ status: 'ok', requests: 2 + 25 });
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body ?? '{}').offset)).toEqual([0, 20]);
    const result = await read(personio);
    expect(result.status === 'ok' && result.postings.map((p) => p.job.company)).toEqual(['Acme', 'Acme', 'Acme']);
  });

  it('answers 304 to an unchanged board, and the full list once it changes', async () => {
    const first = await read(personio);
    const validators = first.status === 'ok' ? first.validators : null;
    expect(await read(personio, { validators })).toMatchObject({ status: 'not-modified' });
    fake.boards[1]?.postings.push(...fakePostings(1, { idBase: 7_000_000, now }));
    const changed = await read(personio, { validators });
    expect(changed.status === 'ok' && changed.postings).toHaveLength(4);
  });

  it('closes, rate limits, fails and stalls boards on request', async () => {
    const board = fake.boards[1];
    if (!board) throw new Error('no board');
    board.mode = { kind: 'closed' };
    expect(await read(personio)).toMatchObject({ status: 'failed', failure: { kind: 'closed', status: 404 } });
    board.mode = { kind: 'rate-limited', retryAfterSeconds: 90 };
    expect(await read(personio)).toMatchObject({ status: 'failed', failure: { kind: 'rate-limited', retryAfterSeconds: 90 } });
    board.mode = { kind: 'server-error' };
    expect(await read(personio)).toMatchObject({ status: 'failed', failure: { kind: 'server' } });
    board.mode = { kind: 'malformed' };
    expect(await read(personio)).toMatchObject({ status: 'failed', failure: { kind: 'malformed' } });
    board.mode = { kind: 'slow', ms: 2000 };
    expect(await read(personio, { fetch: withTimeout(200) })).toMatchObject({ status: 'failed', failure: { kind: 'timeout' } });
    board.mode = { kind: 'ok' };
  });

  it('answers 404 for a board it does not have, as the real APIs do', async () => {
    expect(await read({ kind: 'greenhouse', slug: 'nobody' })).toMatchObject({ status: 'failed', failure: { kind: 'closed' } });
    expect(await read({ kind: 'smartrecruiters', slug: 'Nobody' })).toMatchObject({ status: 'ok', postings: [] });
  });
});
