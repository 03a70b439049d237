import { beforeEach, describe, expect, it } from 'vitest';
import type { BoardRef } from '../../shared/boards/types.ts';
import type { FakeBoard } from '../../shared/testing/boards/index.ts';
import { fakePostings } from '../../shared/testing/boards/index.ts';
import { consume, fakeApis, fakeBoard, type Harness, message, pushFollow, requestsFor, uniqueSlug } from './boards-helpers.ts';
import { signUp, testApi, withSql } from './harness.ts';

/**
 * The queue consumer, one board at a time (the cron is boards-schedule.test.ts): what a read
 * stores, closes and logs, how each failure is retried or backed off, conditional requests, and
 * the per-host limit. The board APIs are the in-memory fakes of shared/testing/boards.
 */

const api = testApi();
const HOUR = 3_600_000;
let token: string;
let h: Harness;

beforeEach(async () => {
  token ??= (await signUp(api)).token;
  h = { clock: { now: Date.now() }, apis: fakeApis([]), sent: [] };
});

/** A followed Greenhouse board of its own, on the fake API. */
async function followedBoard(count = 3): Promise<{ board: FakeBoard; key: string }> {
  const ref: BoardRef = { kind: 'greenhouse', slug: uniqueSlug() };
  const board = fakeBoard(ref, count);
  h.apis.boards.push(board);
  const follow = await pushFollow(api, token, ref, 'Acme');
  return { board, key: follow.boardKey };
}

async function read(key: string, attempts = 1) {
  const [m] = await consume(h, [message({ key }, attempts)]);
  return m?.outcome;
}

const later = (ms: number) => {
  h.clock.now += ms;
};

function jobs(key: string) {
  return withSql(
    (sql) =>
      sql<
        Array<{ job_key: string; title: string; closed_at: Date | null; updated_at: Date; first_seen_at: Date }>
      >`select job_key, job ->> 'title' as title, closed_at, updated_at, first_seen_at from board_jobs where board_key = ${key} order by job_key`,
  );
}

function board(key: string) {
  return withSql(async (sql) => (await sql`select * from boards where key = ${key}`)[0] as Record<string, unknown>);
}

function log(key: string) {
  return withSql((sql) => sql<Array<Record<string, unknown>>>`select * from board_fetch_log where board_key = ${key} order by id`);
}

describe('reading a board', () => {
  it('stores every job once, marks a job gone from the board closed (never deleted), and opens it again when it returns', async () => {
    const { board: fake, key } = await followedBoard(3);
    expect(await read(key)).toBe('acked');
    expect((await jobs(key)).map((j) => [j.job_key, j.closed_at])).toEqual([
      ['4100000', null],
      ['4100001', null],
      ['4100002', null],
    ]);

    const removed = fake.postings.splice(1, 1)[0];
    fake.postings[0] = { ...(fake.postings[0] as (typeof fake.postings)[0]), title: 'Principal Backend Engineer' };
    later(HOUR);
    expect(await read(key)).toBe('acked');
    const after = await jobs(key);
    expect(after.map((j) => [j.job_key, j.title, j.closed_at?.getTime() ?? null])).toEqual([
      ['4100000', 'Principal Backend Engineer', null],
      ['4100001', 'Registered Nurse', h.clock.now],
      ['4100002', 'Data Analyst', null],
    ]);
    // Only the changed and the closed job moved: the one seen again as it was did not.
    expect(after.map((j) => j.updated_at.getTime() === h.clock.now)).toEqual([true, true, false]);
    expect((await log(key)).map((l) => [l.status, l.jobs_seen, l.jobs_new, l.jobs_changed, l.jobs_closed])).toEqual([
      ['ok', 3, 3, 0, 0],
      ['ok', 2, 0, 1, 1],
    ]);

    fake.postings.push(removed as (typeof fake.postings)[0]);
    later(HOUR);
    await read(key);
    const back = (await jobs(key)).find((j) => j.job_key === '4100001');
    expect(back?.closed_at).toBeNull();
    expect(back?.first_seen_at.getTime()).toBe(after[1]?.first_seen_at.getTime());
  });

  it('asks again with the last validators, and an answer of 304 changes no job', async () => {
    const { key } = await followedBoard(2);
    await read(key);
    const stored = await board(key);
    expect(stored.etag).toMatch(/^".+"$/);
    const before = await jobs(key);
    later(HOUR);
    await read(key);
    const second = requestsFor(h, key.split(':')[2] as string).at(-1);
    expect(second?.headers['if-none-match']).toBe(stored.etag);
    expect(second?.headers['if-modified-since']).toBe(stored.last_modified);
    expect((await log(key)).map((l) => l.status)).toEqual(['ok', 'not-modified']);
    expect((await jobs(key)).map((j) => j.updated_at)).toEqual(before.map((j) => j.updated_at));
    expect((await board(key)).next_fetch_at).toEqual(new Date(h.clock.now + HOUR));
  });

  it('a malformed answer is logged for its board, backs the board off, and loses nothing already stored', async () => {
    const { board: fake, key } = await followedBoard(3);
    await read(key);
    const before = await jobs(key);
    fake.mode = { kind: 'malformed' };
    fake.postings.splice(0, 2);
    later(HOUR);
    expect(await read(key)).toBe('acked');
    expect(await jobs(key)).toEqual(before);
    const [, failed] = await log(key);
    expect(failed).toMatchObject({ status: 'malformed', jobs_closed: 0 });
    expect(String(failed?.error)).toMatch(/boards-api\.greenhouse\.io/);
    const row = await board(key);
    expect(row).toMatchObject({ last_status: 'malformed', consecutive_failures: 1 });
    // An hour's backoff with jitter (random 0.5: three quarters of it).
    expect((row.backoff_until as Date).getTime()).toBe(h.clock.now + 0.75 * HOUR);
  });

  it('a 429 is retried after its Retry-After, a 500 after an exponential backoff, then left to a later cron run', async () => {
    const { board: fake, key } = await followedBoard(1);
    fake.mode = { kind: 'rate-limited', retryAfterSeconds: 120 };
    expect(await read(key)).toEqual({ retryAfterSeconds: 120 });
    expect(((await board(key)).backoff_until as Date).getTime()).toBe(h.clock.now + 120_000);

    fake.mode = { kind: 'server-error' };
    const waits = [];
    for (const attempt of [2, 3, 4]) {
      later(10 * 60_000);
      waits.push(await read(key, attempt));
    }
    // Failures 2 and 3 in a row: 1 minute doubled each time (with jitter); the 4th attempt is the last.
    expect(waits).toEqual([{ retryAfterSeconds: 90 }, { retryAfterSeconds: 180 }, 'acked']);
    const row = await board(key);
    expect(row).toMatchObject({ consecutive_failures: 4, last_status: 'server' });
    expect(row.next_fetch_at).toEqual(row.backoff_until);
    expect((await log(key)).map((l) => [l.status, l.attempt, l.http_status])).toEqual([
      ['rate-limited', 1, 429],
      ['server', 2, 500],
      ['server', 3, 500],
      ['server', 4, 500],
    ]);

    fake.mode = { kind: 'ok' };
    later(HOUR);
    expect(await read(key)).toBe('acked');
    expect(await board(key)).toMatchObject({ consecutive_failures: 0, backoff_until: null, last_status: 'ok' });
  });

  it('a board answering 404 is recorded closed, its jobs closed with it', async () => {
    const { board: fake, key } = await followedBoard(2);
    await read(key);
    fake.mode = { kind: 'closed' };
    later(HOUR);
    expect(await read(key)).toBe('acked');
    expect((await jobs(key)).every((j) => j.closed_at?.getTime() === h.clock.now)).toBe(true);
    expect(await board(key)).toMatchObject({ last_status: 'closed' });
    expect((await log(key)).at(-1)).toMatchObject({ status: 'closed', http_status: 404, jobs_closed: 2 });
  });

  it('a failing board does not stop the others of its batch', async () => {
    const good = await followedBoard(2);
    const bad = await followedBoard(2);
    bad.board.mode = { kind: 'server-error' };
    const other = await followedBoard(2);
    const outcomes = await consume(
      h,
      [good.key, bad.key, other.key].map((key) => message({ key })),
    );
    expect(outcomes.map((m) => m.outcome)).toEqual(['acked', { retryAfterSeconds: 45 }, 'acked']);
    expect((await jobs(good.key)).length).toBe(2);
    expect((await jobs(other.key)).length).toBe(2);
  });

  it('the reads of a batch are stored one at a time, each with a later change time than the one stored before it', async () => {
    // A user's pull follows the change time (jobs-for-user.ts): were a read stamped earlier stored
    // after one stamped later, a pull between the two would pass it, and its jobs would never reach that user.
    const followed = [await followedBoard(1), await followedBoard(3), await followedBoard(2), await followedBoard(1)];
    await consume(
      h,
      followed.map((b) => message({ key: b.key })),
    );
    const stored = await withSql(
      (sql) =>
        sql<Array<{ board_key: string; changed: Date }>>`
        select l.board_key, max(j.updated_at) as changed from board_fetch_log l join board_jobs j on j.board_key = l.board_key
        where l.board_key in ${sql(followed.map((b) => b.key))} group by l.board_key, l.id order by l.id`,
    );
    expect(stored).toHaveLength(4);
    const times = stored.map((s) => s.changed.getTime());
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
  });

  it('a message delivered twice reads the board once', async () => {
    const { key } = await followedBoard(1);
    await read(key);
    later(60_000);
    expect(await read(key)).toBe('acked');
    expect(requestsFor(h, key.split(':')[2] as string)).toHaveLength(1);
    expect((await log(key)).map((l) => l.status)).toEqual(['ok', 'skipped']);
  });

  it('sends at most the per-host limit to one API host in any minute; a board whose host is full waits for the next minute', async () => {
    h.hostLimit = 2;
    const greenhouse = [await followedBoard(1), await followedBoard(1), await followedBoard(1)];
    const leverRef: BoardRef = { kind: 'lever', slug: uniqueSlug() };
    h.apis.boards.push({ ...fakeBoard(leverRef, 1), postings: fakePostings(1, { idBase: 7 }) });
    const lever = await pushFollow(api, token, leverRef);
    const outcomes = await consume(
      h,
      [...greenhouse.map((b) => b.key), lever.boardKey].map((key) => message({ key })),
    );
    const gh = (h.sent ?? []).filter((s) => s.host === 'boards-api.greenhouse.io');
    for (const request of gh) expect(gh.filter((s) => s.at > request.at - 60_000 && s.at <= request.at).length).toBeLessThanOrEqual(2);
    const deferred = outcomes.filter((m) => m.outcome !== 'acked');
    expect(gh.length + deferred.length).toBe(3);
    for (const m of deferred) expect((m.outcome as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await log(lever.boardKey)).map((l) => l.status)).toEqual(['ok']);

    // The host's minute is full: the next board is not asked at all, and its message waits for room.
    const next = await followedBoard(1);
    const [waiting] = await consume(h, [message({ key: next.key })]);
    expect(waiting?.outcome).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect(requestsFor(h, next.key.split(':')[2] as string)).toEqual([]);
    expect(await log(next.key)).toEqual([]);
  });
});
