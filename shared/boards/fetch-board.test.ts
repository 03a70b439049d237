import { describe, expect, it } from 'vitest';
import { FAKE_APIS, type FakeBoard, type FakeRequest, fakeFetch, fakePostings } from '../testing/boards/index.ts';
import { type FetchBoardOptions, fetchBoard, type HttpFetch, rebase } from './fetch-board.ts';
import type { BoardRef } from './types.ts';

const now = new Date('2026-11-20T12:00:00Z');
const greenhouse: BoardRef = { kind: 'greenhouse', slug: 'acme' };
const workday: BoardRef = { kind: 'workday', slug: 'acme', site: 'External', host: 'acme.wd5.myworkdayjobs.com' };

function board(ref: BoardRef, extra: Partial<FakeBoard> = {}): FakeBoard {
  return { ref, company: 'Acme Robotics', postings: fakePostings(45, { now }), now, ...extra };
}

function read(ref: BoardRef, boards: FakeBoard[], options: Partial<FetchBoardOptions> = {}, log: FakeRequest[] = []) {
  return fetchBoard(ref, { fetch: fakeFetch(FAKE_APIS, boards, log), now: () => now, ...options });
}

/** A fetch that answers every request with this status and headers. */
const answering =
  (status: number, headers: Record<string, string> = {}, body = ''): HttpFetch =>
  async () => ({ status, headers: { get: (name) => headers[name.toLowerCase()] ?? null }, text: async () => body });

describe('fetchBoard', () => {
  it('reads every kind of board from its fake API, all postings, each once', async () => {
    for (const api of FAKE_APIS) {
      const ref: BoardRef =
        api.kind === 'workday' ? workday : api.kind === 'remotive' ? { kind: 'remotive', slug: 'all' } : { kind: api.kind, slug: 'acme' };
      const result = await read(ref, [board(ref, { postings: fakePostings(130, { now }) })]);
      expect(result.status, api.kind).toBe('ok');
      if (result.status !== 'ok') continue;
      expect(result.postings, api.kind).toHaveLength(130);
      expect(new Set(result.postings.map((p) => p.job.dedupeKey)).size, api.kind).toBe(130);
    }
  });

  it('sends the last read’s validators and answers not-modified to a 304', async () => {
    const boards = [board(greenhouse)];
    const first = await read(greenhouse, boards);
    expect(first.status).toBe('ok');
    const validators = first.status === 'ok' ? first.validators : null;
    expect(validators?.etag).toMatch(/^"/);
    const log: FakeRequest[] = [];
    expect(await read(greenhouse, boards, { validators }, log)).toEqual({ status: 'not-modified', validators, requests: 1 });
    expect(log[0]?.headers['if-none-match']).toBe(validators?.etag);
    expect(await read(greenhouse, boards, { validators: { lastModified: validators?.lastModified } })).toMatchObject({
      status: 'not-modified',
    });
    boards[0]?.postings.pop();
    expect(await read(greenhouse, boards, { validators })).toMatchObject({ status: 'ok', requests: 1 });
  });

  it('keeps no validators for a board read in several requests', async () => {
    const result = await read(workday, [board(workday)]);
    expect(result).toMatchObject({ status: 'ok', validators: null, requests: 3 + 45 });
  });

  it('turns every failing answer into its failure, never a throw', async () => {
    const failed = async (fetch: HttpFetch) => {
      const result = await fetchBoard(greenhouse, { fetch, now: () => now });
      return result.status === 'failed' ? result.failure : null;
    };
    expect(await failed(answering(404))).toMatchObject({ kind: 'closed', status: 404 });
    expect(await failed(answering(410))).toMatchObject({ kind: 'closed' });
    expect(await failed(answering(429, { 'retry-after': '120' }))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 120 });
    expect(await failed(answering(429, { 'retry-after': 'Fri, 20 Nov 2026 12:05:00 GMT' }))).toMatchObject({ retryAfterSeconds: 300 });
    expect(await failed(answering(503, { 'retry-after': '30' }))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30 });
    expect(await failed(answering(500))).toMatchObject({ kind: 'server', status: 500 });
    expect(await failed(answering(403))).toMatchObject({ kind: 'refused', status: 403 });
    expect(await failed(answering(200, {}, '{"jobs": [tru'))).toMatchObject({ kind: 'malformed' });
    expect(await failed(answering(200, {}, '{"jobs": {"id": 1}}'))).toMatchObject({ kind: 'malformed' });
    expect(await failed(answering(304))).toMatchObject({ kind: 'refused', status: 304 });
    expect(await failed(() => Promise.reject(new TypeError('fetch failed')))).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('fetch failed'),
    });
    const timedOut = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(await failed(() => Promise.reject(timedOut))).toMatchObject({ kind: 'timeout' });
  });

  it('reads the fake boards’ closed, rate-limited, failing and half-sent answers as failures', async () => {
    const cases: Array<[FakeBoard['mode'], string]> = [
      [{ kind: 'closed' }, 'closed'],
      [{ kind: 'rate-limited', retryAfterSeconds: 60 }, 'rate-limited'],
      [{ kind: 'server-error' }, 'server'],
      [{ kind: 'malformed' }, 'malformed'],
    ];
    for (const [mode, kind] of cases) {
      for (const ref of [greenhouse, workday, { kind: 'personio', slug: 'acme' } as BoardRef]) {
        const result = await read(ref, [board(ref, { mode })]);
        expect(result.status === 'failed' && result.failure.kind, `${ref.kind} ${mode?.kind}`).toBe(kind);
      }
    }
  });

  it('keeps a job from its listing when its detail fails, and drops one whose detail is gone', async () => {
    const result = await read(workday, [board(workday, { mode: { kind: 'detail-error' } })]);
    expect(result).toMatchObject({ status: 'ok', detailsMissing: 45 });
    expect(result.status === 'ok' && result.postings).toHaveLength(45);
    const sr: BoardRef = { kind: 'smartrecruiters', slug: 'Acme' };
    const boards = [board(sr)];
    const fetch = fakeFetch(FAKE_APIS, boards);
    const vanishing: HttpFetch = (url, init) => (url.endsWith('/postings/4100003') ? answering(404)(url, init) : fetch(url, init));
    const gone = await fetchBoard(sr, { fetch: vanishing, now: () => now });
    expect(gone).toMatchObject({ status: 'ok', detailsMissing: 0 });
    expect(gone.status === 'ok' && gone.postings.map((p) => p.job.sourceId)).not.toContain('4100003');
  });

  it('stops as rate-limited when a detail request is refused with 429', async () => {
    const boards = [board(workday)];
    const fetch = fakeFetch(FAKE_APIS, boards);
    const limited: HttpFetch = (url, init) =>
      init.method === 'GET' ? answering(429, { 'retry-after': '5' })(url, init) : fetch(url, init);
    expect(await fetchBoard(workday, { fetch: limited, now: () => now })).toMatchObject({
      status: 'failed',
      failure: { kind: 'rate-limited', retryAfterSeconds: 5 },
    });
  });

  it('fails a board larger than the read allows rather than return part of it', async () => {
    expect(await read(workday, [board(workday)], { maxRequests: 10 })).toMatchObject({ status: 'failed', failure: { kind: 'too-large' } });
    expect(await read(greenhouse, [board(greenhouse)], { maxPostings: 10 })).toMatchObject({
      status: 'failed',
      failure: { kind: 'too-large' },
    });
  });

  it('counts a job once when a page shifted while it was walked', async () => {
    const lever: BoardRef = { kind: 'lever', slug: 'acme' };
    const boards = [board(lever, { postings: fakePostings(150, { now }) })];
    const fetch = fakeFetch(FAKE_APIS, boards);
    // A job is added at the top between the first and the second page.
    const shifting: HttpFetch = async (url, init) => {
      const response = await fetch(url, init);
      if (url.includes('skip=0')) boards[0]?.postings.unshift(...fakePostings(1, { idBase: 9_000_000, now }));
      return response;
    };
    const result = await fetchBoard(lever, { fetch: shifting, now: () => now, concurrency: 1 });
    expect(result.status === 'ok' && result.postings.length).toBe(150);
  });

  it('sends every request to another host when told, in a mirror’s layout', async () => {
    expect(rebase('https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true', 'http://127.0.0.1:9000/')).toBe(
      'http://127.0.0.1:9000/boards-api.greenhouse.io/v1/boards/acme/jobs?content=true',
    );
    const seen: string[] = [];
    const fetch: HttpFetch = async (url, init) => {
      seen.push(url);
      return answering(200, {}, '{"jobs":[]}')(url, init);
    };
    await fetchBoard(greenhouse, { fetch, apiBase: 'http://127.0.0.1:9000' });
    expect(seen).toEqual(['http://127.0.0.1:9000/boards-api.greenhouse.io/v1/boards/acme/jobs?content=true&pay_transparency=true']);
  });
});
