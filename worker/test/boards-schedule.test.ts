import { describe, expect, it } from 'vitest';
import type { BoardJobsResponse } from '../../shared/api/boards.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import {
  consume,
  cron,
  fakeApis,
  fakeBoard,
  type Harness,
  message,
  pushFollow,
  pushUnfollow,
  requestsFor,
  uniqueSlug,
} from './boards-helpers.ts';
import { bearer, signUp, testApi, withSql } from './harness.ts';

/**
 * The cron and the queue together, in-process: which boards a run sends, how often, and what
 * the followers then see. Every test here runs the cron, which sends every due board of the
 * shared database, so they live in this one file (run in order) and look only at their own boards.
 */

const api = testApi();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function harness(boards = fakeApis([])): Harness {
  return { clock: { now: Date.now() }, apis: boards, sent: [] };
}

/** The test clock at the real time: a board registered by a push is due from the moment it was stored. */
function catchUp(h: Harness) {
  h.clock.now = Math.max(h.clock.now, Date.now());
}

/** One cron run and the queue batch it fills; returns the keys it sent among `mine`. */
async function tick(h: Harness, mine: string[]): Promise<string[]> {
  const sent = (await cron(h)).filter((key) => mine.includes(key));
  await consume(
    h,
    sent.map((key) => message({ key })),
  );
  return sent;
}

describe('the boards schedule', () => {
  it('reads a board once per interval however many users follow it (100 followers)', { timeout: 120_000 }, async () => {
    const ref: BoardRef = { kind: 'greenhouse', slug: uniqueSlug() };
    const h = harness(fakeApis([fakeBoard(ref, 3)]));
    const users = [];
    for (let i = 0; i < 100; i += 10) users.push(...(await Promise.all(Array.from({ length: 10 }, () => signUp(api)))));
    const follows = [];
    for (const [i, user] of users.entries()) follows.push(await pushFollow(api, user.token, ref, i % 2 ? 'Acme' : ''));
    const key = follows[0]?.boardKey as string;
    expect(new Set(follows.map((f) => f.boardKey)).size).toBe(1);
    catchUp(h);

    expect(await tick(h, [key])).toEqual([key]);
    expect(requestsFor(h, ref.slug)).toHaveLength(1);
    // Cron runs every 15 minutes: within the hour the board is not sent again.
    for (const minutes of [0, 15, 30, 45]) {
      h.clock.now += minutes === 0 ? 0 : 15 * MINUTE;
      expect(await tick(h, [key])).toEqual([]);
    }
    h.clock.now += 16 * MINUTE;
    expect(await tick(h, [key])).toEqual([key]);
    expect(requestsFor(h, ref.slug)).toHaveLength(2);
    expect(requestsFor(h, ref.slug)[1]?.headers['if-none-match']).toBeDefined();

    // Every follower sees the board's jobs, under the company they follow it as.
    for (const [i, user] of [users[0], users[1], users[99]].entries()) {
      // users[1] and users[99] follow it as "Acme"; users[0] gave no name, so the API's (without "Inc.") stands.
      const page = (await (await api.request('/v1/boards/jobs', bearer(user?.token as string))).json()) as BoardJobsResponse;
      expect(page.jobs).toHaveLength(3);
      expect(new Set(page.jobs.map((j) => j.job.company))).toEqual(new Set([i === 0 ? 'Acme Robotics' : 'Acme']));
    }
  });

  it('a feed is read no more often than its reader allows (Remotive: 6 hours), whatever the interval', async () => {
    const { token } = await signUp(api);
    const ref: BoardRef = { kind: 'remotive', slug: uniqueSlug('software') };
    const h = { ...harness(fakeApis([fakeBoard(ref, 2)])), intervalMinutes: 15 };
    const { boardKey } = await pushFollow(api, token, ref);
    catchUp(h);
    expect(await tick(h, [boardKey])).toEqual([boardKey]);
    const sends = [];
    for (let run = 0; run < 24; run++) {
      h.clock.now += 15 * MINUTE;
      sends.push(...(await tick(h, [boardKey])));
    }
    // 6 hours of 15-minute runs: one more read, at the 6-hour mark.
    expect(sends).toEqual([boardKey]);
  });

  it('a board nobody follows any more is not read; followed again, it is', async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    const ref: BoardRef = { kind: 'lever', slug: uniqueSlug() };
    const h = harness(fakeApis([fakeBoard(ref, 1)]));
    const a = await pushFollow(api, alice.token, ref);
    const b = await pushFollow(api, bob.token, ref);
    await pushUnfollow(api, alice.token, a);
    catchUp(h);
    expect(await tick(h, [a.boardKey])).toEqual([a.boardKey]);
    await pushUnfollow(api, bob.token, b);
    h.clock.now += 2 * HOUR;
    expect(await tick(h, [a.boardKey])).toEqual([]);
    await pushFollow(api, bob.token, ref);
    expect(await tick(h, [a.boardKey])).toEqual([a.boardKey]);
  });

  it('a failing board is backed off and retried while the others are read on time', async () => {
    const { token } = await signUp(api);
    const refs: BoardRef[] = [0, 1, 2].map(() => ({ kind: 'greenhouse', slug: uniqueSlug() }));
    const h = harness(fakeApis(refs.map((ref) => fakeBoard(ref, 2))));
    const keys: string[] = [];
    for (const ref of refs) keys.push((await pushFollow(api, token, ref)).boardKey);
    const failing = h.apis.boards[1];
    if (failing) failing.mode = { kind: 'server-error' };
    catchUp(h);
    const sent = (await cron(h)).filter((k) => keys.includes(k));
    expect([...sent].sort()).toEqual([...keys].sort());
    const batch = await consume(
      h,
      sent.map((key) => message({ key })),
    );
    const outcome = (key: string) => batch[sent.indexOf(key)]?.outcome;
    expect(keys.map(outcome)).toEqual(['acked', { retryAfterSeconds: 45 }, 'acked']);
    // While its retry waits, the cron does not send it a second time.
    h.clock.now += 15 * MINUTE;
    expect((await cron(h)).filter((k) => keys.includes(k))).toEqual([]);
    // The retried message reads it again; then it is back on the hourly schedule with the others.
    if (failing) failing.mode = { kind: 'ok' };
    await consume(h, [message({ key: keys[1] }, 2)]);
    const rows = await withSql(
      (sql) => sql<Array<{ key: string; last_status: string; consecutive_failures: number }>>`
        select key, last_status, consecutive_failures from boards where key in ${sql(keys)} order by key`,
    );
    expect(rows.map((r) => [r.last_status, r.consecutive_failures])).toEqual([
      ['ok', 0],
      ['ok', 0],
      ['ok', 0],
    ]);
    h.clock.now += HOUR;
    expect((await cron(h)).filter((k) => keys.includes(k)).sort()).toEqual([...keys].sort());
  });
});
