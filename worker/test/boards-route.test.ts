import { describe, expect, it } from 'vitest';
import { type BoardJobsResponse, ResolveBoardResponse } from '../../shared/api/boards.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { newId } from '../../shared/ids.ts';
import { dedupeKey } from '../../shared/job/dedupe-key.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import { consume, fakeApis, fakeBoard, type Harness, message, pushFollow, pushUnfollow, uniqueSlug } from './boards-helpers.ts';
import { bearer, json, signUp, testApi } from './harness.ts';
import { edit, push, syncHeaders } from './saved-job.ts';

/** GET /v1/boards/jobs and POST /v1/boards/resolve: what each user sees of the boards the worker read. */

const api = testApi();
const HOUR = 3_600_000;

async function jobsOf(token: string, query = ''): Promise<BoardJobsResponse> {
  const res = await api.request(`/v1/boards/jobs${query}`, bearer(token));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as BoardJobsResponse;
}

/** The board read once by the consumer at the harness's time. */
async function readBoard(h: Harness, key: string) {
  await consume(h, [message({ key })]);
}

function setup() {
  const h: Harness = { clock: { now: Date.now() }, apis: fakeApis([]) };
  const board = (count: number, kind: BoardRef['kind'] = 'greenhouse') => {
    const ref: BoardRef = { kind, slug: uniqueSlug() };
    const fake = fakeBoard(ref, count);
    h.apis.boards.push(fake);
    return { ref, fake };
  };
  return { h, board };
}

describe('GET /v1/boards/jobs', () => {
  it('lists the jobs of the boards the user follows, from their own live follows only', async () => {
    const { h, board } = setup();
    const alice = await signUp(api);
    const bob = await signUp(api);
    const a = board(2);
    const b = board(3);
    const aliceFollow = await pushFollow(api, alice.token, a.ref, 'Alpha Labs');
    const bobFollow = await pushFollow(api, bob.token, b.ref);
    await readBoard(h, aliceFollow.boardKey);
    await readBoard(h, bobFollow.boardKey);

    const seen = await jobsOf(alice.token);
    expect(seen.jobs.map((j) => j.boardKey)).toEqual([aliceFollow.boardKey, aliceFollow.boardKey]);
    // Her label is the company, and the dedupe key follows it, so a job she saved from LinkedIn matches.
    expect(seen.jobs.map((j) => j.job.company)).toEqual(['Alpha Labs', 'Alpha Labs']);
    expect(seen.jobs[0]?.job.dedupeKey).toBe(dedupeKey('Alpha Labs', seen.jobs[0]?.job.title ?? ''));
    expect((await jobsOf(bob.token)).jobs.map((j) => j.boardKey)).toEqual(Array(3).fill(bobFollow.boardKey));

    // Bob pushes a follow with the id of Alice's: it is a record of his, naming his own board.
    const hijack = edit(undefined, { ...bobFollow, id: aliceFollow.id });
    await push(api, bob.token, [{ opId: newId(), entity: 'follow', record: hijack }]);
    expect((await jobsOf(alice.token)).jobs).toHaveLength(2);
    const pulled = (await (await api.request('/v1/sync/pull', { headers: syncHeaders(alice.token) })).json()) as PullResponse;
    expect(pulled.changes.map((c) => c.record)).toEqual([expect.objectContaining({ id: aliceFollow.id, boardKey: aliceFollow.boardKey })]);

    // Unfollowing hides the board's jobs from her, and only from her.
    await pushUnfollow(api, alice.token, aliceFollow);
    expect((await jobsOf(alice.token)).jobs).toEqual([]);
    await pushFollow(api, bob.token, a.ref);
    expect((await jobsOf(bob.token)).jobs).toHaveLength(5);
  });

  it('pages by cursor without repeats; `since` then brings only what changed, closed jobs with closedAt', async () => {
    const { h, board } = setup();
    const { token } = await signUp(api);
    const { ref, fake } = board(5);
    const { boardKey } = await pushFollow(api, token, ref);
    await readBoard(h, boardKey);

    const pages: BoardJobsResponse[] = [await jobsOf(token, '?limit=2')];
    while (pages.at(-1)?.more) pages.push(await jobsOf(token, `?limit=2&since=${encodeURIComponent(pages.at(-1)?.cursor ?? '')}`));
    expect(pages.map((p) => p.jobs.length)).toEqual([2, 2, 1]);
    const keys = pages.flatMap((p) => p.jobs.map((j) => j.jobKey));
    expect(new Set(keys).size).toBe(5);
    const cursor = pages.at(-1)?.cursor ?? '';
    expect((await jobsOf(token, `?since=${encodeURIComponent(cursor)}`)).jobs).toEqual([]);

    fake.postings.splice(0, 1);
    const changed = fake.postings[0];
    if (changed) changed.title = 'Head of Data';
    h.clock.now += HOUR;
    await readBoard(h, boardKey);
    const delta = await jobsOf(token, `?since=${encodeURIComponent(cursor)}`);
    expect(delta.jobs.map((j) => [j.jobKey, j.job.title, j.closedAt])).toEqual([
      ['4100000', 'Senior Backend Engineer', h.clock.now],
      ['4100001', 'Head of Data', null],
    ]);
    // A time works as `since` too: the changes after it.
    expect((await jobsOf(token, `?since=${h.clock.now - 1}`)).jobs).toHaveLength(2);
    expect((await jobsOf(token, `?since=${h.clock.now}`)).jobs).toHaveLength(0);
  });

  it('a board followed after the worker read it brings all its open jobs, whatever cursor the device holds', async () => {
    const { h, board } = setup();
    const early = await signUp(api);
    const late = await signUp(api);
    const a = board(2);
    const b = board(1);
    const { boardKey } = await pushFollow(api, early.token, a.ref);
    await readBoard(h, boardKey);
    const own = await pushFollow(api, late.token, b.ref);
    await readBoard(h, own.boardKey);
    const { cursor } = await jobsOf(late.token);
    await pushFollow(api, late.token, a.ref);
    const fresh = await jobsOf(late.token, `?since=${encodeURIComponent(cursor)}`);
    expect(fresh.jobs.map((j) => j.boardKey)).toEqual([boardKey, boardKey]);
  });

  it('refuses a cursor it never gave', async () => {
    const { token } = await signUp(api);
    for (const since of ['abc', '1|%E0%A4%A|x', '-5'])
      expect((await api.request(`/v1/boards/jobs?since=${encodeURIComponent(since)}`, bearer(token))).status).toBe(400);
    expect((await api.request('/v1/boards/jobs?limit=0', bearer(token))).status).toBe(400);
  });
});

describe('POST /v1/boards/resolve', () => {
  it('names the board of a careers or job address, or says clearly that it knows none', async () => {
    const { token } = await signUp(api);
    const res = await api.request(
      '/v1/boards/resolve',
      json({ url: 'https://jobs.lever.co/acme/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab' }, token),
    );
    expect(res.status).toBe(200);
    expect(ResolveBoardResponse.parse(await res.json())).toEqual({
      board: { kind: 'lever', slug: 'acme' },
      boardKey: 'lever::acme:',
      kind: 'company',
      label: 'Lever',
    });
    const unknown = await api.request('/v1/boards/resolve', json({ url: 'https://www.linkedin.com/jobs/view/123' }, token));
    expect(unknown.status).toBe(400);
    const { error } = (await unknown.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unknown_board');
    expect(error.message).toMatch(/^no board Jobsmith knows at this address: .*Greenhouse, Lever.* or Teamtailor$/);
    expect((await api.request('/v1/boards/resolve', json({ url: '' }, token))).status).toBe(400);
  });
});
