import { describe, expect, it } from 'vitest';
import type { BoardJobsResponse } from '../../shared/api/boards.ts';
import { boardFromUrl } from '../../shared/boards/registry.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { FAKE_APIS, type FakeBoard, type FakeRequest, fakeFetch, fakePostings } from '../../shared/testing/boards/index.ts';
import { boardJobsOf, readStates } from '../db/board-jobs.ts';
import { followBoard, unfollow } from '../db/follows.ts';
import type { BoardCursor } from '../settings.ts';
import { freshDb } from '../test/helpers.ts';
import { LOCAL_INTERVAL_MINUTES, type RefreshDeps, refreshBoards } from './refresh-boards.ts';

const HOUR = 60 * 60 * 1000;
const ACME = boardFromUrl('https://job-boards.greenhouse.io/acme/jobs/4100001') as BoardRef;

function setUp(boards: FakeBoard[], options: { granted?: boolean; pull?: RefreshDeps['pull'] } = {}) {
  const db = freshDb();
  const log: FakeRequest[] = [];
  let now = Date.parse('2026-11-30T09:00:00Z');
  const deps: RefreshDeps = {
    db,
    now: async () => now,
    fetch: fakeFetch(FAKE_APIS, boards, log),
    hasPermission: async () => options.granted ?? true,
    pull: options.pull ?? null,
  };
  return { db, log, deps, later: (ms: number) => (now += ms), at: () => now };
}

describe('refreshBoards, signed out: this device reads the boards it follows', () => {
  it('reads a board just followed at once, then only when due, asking conditionally', async () => {
    const board: FakeBoard = { ref: ACME, company: 'Acme', postings: fakePostings(3) };
    const { db, log, deps, later } = setUp([board]);
    const follow = await followBoard(db, ACME, 'Acme Robotics', 1);
    const first = await refreshBoards(deps, { boardKey: follow.boardKey });
    expect(first).toMatchObject({ read: 1, added: [] });
    const rows = await boardJobsOf(db, [follow.boardKey]);
    expect(rows).toHaveLength(3);
    // The jobs carry the company as the user knows it, so they meet the same job seen elsewhere.
    expect(rows.every((r) => r.job.company === 'Acme Robotics')).toBe(true);

    // Not due yet: nothing is asked.
    later(10 * 60_000);
    expect((await refreshBoards(deps)).read).toBe(0);
    expect(log).toHaveLength(1);

    // Due, unchanged: a conditional request, and nothing new.
    later(LOCAL_INTERVAL_MINUTES * 60_000);
    expect(await refreshBoards(deps)).toMatchObject({ read: 1, added: [] });
    expect(log.at(-1)?.headers['if-none-match']).toBeTruthy();
    expect((await readStates(db)).get(follow.boardKey)?.status).toBe('not-modified');

    // A new job on the board is news; a job gone from it is closed, not deleted.
    board.postings = [...fakePostings(2), ...fakePostings(1, { idBase: 4_200_000 })];
    later(2 * HOUR);
    const third = await refreshBoards(deps);
    expect(third.added.map((r) => r.jobKey)).toEqual(['4200000']);
    const after = await boardJobsOf(db, [follow.boardKey]);
    expect(after).toHaveLength(4);
    expect(after.filter((r) => r.closedAt !== null).map((r) => r.jobKey)).toEqual(['4100002']);
  });

  it('a failing board waits (backoff) and loses nothing; a board without permission is not asked', async () => {
    const board: FakeBoard = { ref: ACME, company: 'Acme', postings: fakePostings(2) };
    const { db, log, deps, later, at } = setUp([board]);
    const follow = await followBoard(db, ACME, '', 1);
    await refreshBoards(deps, { boardKey: follow.boardKey });
    board.mode = { kind: 'server-error' };
    later(2 * HOUR);
    await refreshBoards(deps);
    const state = (await readStates(db)).get(follow.boardKey);
    expect(state).toMatchObject({ status: 'server', failures: 1 });
    expect(state?.nextReadAt).toBeGreaterThan(at());
    expect(await boardJobsOf(db, [follow.boardKey])).toHaveLength(2);
    expect((await boardJobsOf(db, [follow.boardKey])).every((r) => r.closedAt === null)).toBe(true);

    const locked = setUp([board], { granted: false });
    const other = await followBoard(locked.db, ACME, '', 1);
    await refreshBoards(locked.deps, { boardKey: other.boardKey });
    expect(locked.log).toEqual([]);
    expect((await readStates(locked.db)).get(other.boardKey)?.status).toBe('no-permission');
    expect(log.length).toBeGreaterThan(0);
  });

  it('forgets the jobs of a board no longer followed', async () => {
    const { db, deps } = setUp([{ ref: ACME, company: 'Acme', postings: fakePostings(2) }]);
    const follow = await followBoard(db, ACME, '', 1);
    await refreshBoards(deps, { boardKey: follow.boardKey });
    await unfollow(db, follow.id, 2);
    await refreshBoards(deps);
    expect(await db.boardJobs.count()).toBe(0);
    expect(await db.boardReads.count()).toBe(0);
  });
});

const fakeJob = {
  source: 'greenhouse',
  url: 'https://job-boards.greenhouse.io/acme/jobs/1',
  canonicalUrl: null,
  applyUrl: null,
  company: 'Acme',
  locations: [],
  workplace: null,
  employmentType: null,
  salary: null,
  postedAt: null,
  description: '',
  sections: [],
  requirements: { required: [], preferred: [] },
};

/** A job of a followed board as the worker's pull lists it, changed at `at`. */
const row = (boardKey: string, jobKey: string, at: number) =>
  ({
    boardKey,
    jobKey,
    job: { ...fakeJob, sourceId: jobKey, title: `Job ${jobKey}`, dedupeKey: `acme|job ${jobKey}` },
    firstSeenAt: at,
    lastSeenAt: at,
    closedAt: null,
    changedAt: at,
  }) as BoardJobsResponse['jobs'][number];

/** The worker's pull: answers `answer(since)` (by default the queued pages), remembering what was asked and the cursor kept. */
function fakePull(answer?: (since: string | undefined) => BoardJobsResponse) {
  const state = { pages: [] as BoardJobsResponse[], asked: [] as Array<string | undefined>, cursor: undefined as BoardCursor | undefined };
  const pull: RefreshDeps['pull'] = async () => ({
    page: async (since) => {
      state.asked.push(since);
      return answer?.(since) ?? state.pages.shift() ?? { jobs: [], cursor: since ?? '0', more: false };
    },
    cursor: {
      get: async () => state.cursor,
      set: async (c) => {
        state.cursor = c;
      },
    },
  });
  return { pull, state };
}

describe('refreshBoards, signed in: the worker reads, the device pulls', () => {
  it('pulls every page from its cursor, reads no board on the schedule, and counts only jobs new to known boards', async () => {
    const board: FakeBoard = { ref: ACME, company: 'Acme', postings: fakePostings(2) };
    const { pull, state } = fakePull();
    const { db, log, deps } = setUp([board], { pull });
    const follow = await followBoard(db, ACME, 'Acme', 1);
    state.pages.push({ jobs: [row(follow.boardKey, '1', 10)], cursor: 'c1', more: true });
    state.pages.push({ jobs: [row(follow.boardKey, '2', 11)], cursor: 'c2', more: false });
    const first = await refreshBoards(deps);
    expect(first).toMatchObject({ read: 0, pulled: 2, added: [] });
    expect(state.asked).toEqual([undefined, 'c1']);
    expect(state.cursor).toEqual({ since: 'c2', boards: [follow.boardKey] });
    expect(log).toEqual([]);

    state.pages.push({ jobs: [row(follow.boardKey, '3', 20)], cursor: 'c3', more: false });
    const second = await refreshBoards(deps);
    expect(second.added.map((r) => r.jobKey)).toEqual(['3']);
    expect(state.asked.at(-1)).toBe('c2');
  });

  it('a board followed since the last pull is pulled from the start: none of its jobs is lost to a cursor already past their change time', async () => {
    const other = boardFromUrl('https://job-boards.greenhouse.io/northwind/jobs/7001') as BoardRef;
    // The worker answers as its route would: after `since`, only what changed later. The new
    // follow's job is dated 5, before the cursor the device holds (another clock, a push still committing).
    let stream: BoardJobsResponse['jobs'] = [];
    const { pull, state } = fakePull((since) => {
      const after = since === undefined ? -1 : Number(since);
      const jobs = stream.filter((j) => j.changedAt > after);
      return { jobs, cursor: String(jobs.at(-1)?.changedAt ?? after), more: false };
    });
    const { db, deps } = setUp([], { pull });
    const acme = await followBoard(db, ACME, 'Acme', 1);
    stream = [row(acme.boardKey, '1', 10)];
    await refreshBoards(deps);
    expect(state.cursor).toEqual({ since: '10', boards: [acme.boardKey] });

    const northwind = await followBoard(db, other, 'Northwind', 2);
    stream = [row(northwind.boardKey, '7001', 5), ...stream];
    await refreshBoards(deps);
    expect(state.asked.at(-1)).toBeUndefined();
    expect((await boardJobsOf(db, [northwind.boardKey])).map((j) => j.jobKey)).toEqual(['7001']);
    expect(state.cursor?.boards.sort()).toEqual([acme.boardKey, northwind.boardKey].sort());
    // From then on, from the cursor again.
    await refreshBoards(deps);
    expect(state.asked.at(-1)).toBe('10');
  });
});
