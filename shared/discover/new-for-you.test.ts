import { describe, expect, it } from 'vitest';
import type { BoardJob } from '../api/boards.ts';
import { JobCapture } from '../schemas/job.ts';
import { DEFAULT_FILTERS, type DiscoverItem, newForYou } from './new-for-you.ts';

const DAY = 24 * 60 * 60 * 1000;

function item(
  key: string,
  over: Partial<JobCapture> & { at?: number; closed?: boolean; score?: number; ko?: boolean; board?: string } = {},
): DiscoverItem {
  const { at = 10 * DAY, closed = false, score = 50, ko = false, board = 'greenhouse::acme:', ...job } = over;
  const row: BoardJob = {
    boardKey: board,
    jobKey: key,
    job: JobCapture.parse({
      source: 'greenhouse',
      url: `https://job-boards.greenhouse.io/acme/jobs/${key}`,
      title: `Job ${key}`,
      dedupeKey: `acme|${key}`,
      ...job,
    }),
    firstSeenAt: at,
    lastSeenAt: at,
    closedAt: closed ? at + 1 : null,
    changedAt: at,
  };
  return { row, score, knockedOut: ko };
}

const titles = (list: ReturnType<typeof newForYou>) => list.shown.map((i) => i.row.jobKey);

describe('New for you', () => {
  it('lists newest day first, best match first within a day, closed jobs last', () => {
    const list = newForYou(
      [
        item('old-best', { at: 9 * DAY, score: 95 }),
        item('new-low', { at: 10 * DAY + 5, score: 40 }),
        item('new-high', { at: 10 * DAY, score: 80 }),
        item('gone', { at: 11 * DAY, closed: true }),
      ],
      new Set(),
      DEFAULT_FILTERS,
    );
    expect(titles(list)).toEqual(['new-high', 'new-low', 'old-best', 'gone']);
  });

  it('leaves out jobs already in the tracker and lists a job on two boards once', () => {
    const list = newForYou(
      [item('a'), item('b'), item('b', { board: 'remotive:all:', dedupeKey: 'acme|b' }), item('c', { dedupeKey: 'acme|saved' })],
      new Set(['acme|saved']),
      DEFAULT_FILTERS,
    );
    expect(titles(list)).toEqual(['a', 'b']);
    expect(list.saved).toBe(1);
  });

  it('filters by score, remote, location, yearly pay and knock-outs, and counts what it hid', () => {
    const items = [
      item('remote', { workplace: 'remote', score: 70 }),
      item('berlin', { locations: ['Berlin, Germany'], score: 90, salary: { min: 30, max: 35, currency: 'EUR', period: 'hour' } }),
      item('cheap', { locations: ['Berlin'], score: 90, salary: { min: 20_000, max: 25_000, currency: 'EUR', period: 'year' } }),
      item('ko', { score: 99, ko: true }),
      item('weak', { score: 20 }),
    ];
    expect(titles(newForYou(items, new Set(), { ...DEFAULT_FILTERS, minScore: 60 }))).toEqual(['berlin', 'cheap', 'remote']);
    expect(titles(newForYou(items, new Set(), { ...DEFAULT_FILTERS, remoteOnly: true }))).toEqual(['remote']);
    const berlin = newForYou(items, new Set(), { ...DEFAULT_FILTERS, location: 'berlin', minSalary: 50_000 });
    // 35 an hour is 72,800 a year; a remote job matches any place.
    expect(titles(berlin)).toEqual(['berlin', 'remote']);
    expect(berlin.filtered).toBe(3);
    expect(titles(newForYou(items, new Set(), { ...DEFAULT_FILTERS, hideKnockouts: false }))).toContain('ko');
  });
});
