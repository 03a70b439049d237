import { describe, expect, it } from 'vitest';
import { JobCapture } from '../schemas/job.ts';
import { closeAll, mergeRead } from './board-jobs.ts';
import type { BoardPosting } from './types.ts';

const posting = (id: string, title: string): BoardPosting => ({
  job: JobCapture.parse({
    source: 'greenhouse',
    sourceId: id,
    url: `https://job-boards.greenhouse.io/acme/jobs/${id}`,
    title,
    company: 'Acme',
    dedupeKey: `acme|${title.toLowerCase()}`,
  }),
  updatedAt: null,
});

describe('mergeRead: a board read on the device, by the worker’s rules', () => {
  const first = mergeRead('greenhouse:acme', [], [posting('1', 'Nurse'), posting('2', 'Cook'), posting('2', 'Cook')], 100);

  it('adds the jobs of a first read, once each', () => {
    expect(first.added.map((r) => r.jobKey)).toEqual(['1', '2']);
    expect(first.rows).toHaveLength(2);
    expect(first.rows[0]).toMatchObject({ boardKey: 'greenhouse:acme', firstSeenAt: 100, lastSeenAt: 100, closedAt: null, changedAt: 100 });
  });

  it('closes a job the board no longer lists, keeps it, and reopens it when it comes back', () => {
    const second = mergeRead('greenhouse:acme', first.rows, [posting('1', 'Nurse'), posting('3', 'Driver')], 200);
    expect(second.added.map((r) => r.jobKey)).toEqual(['3']);
    expect(second.closed.map((r) => [r.jobKey, r.closedAt, r.changedAt])).toEqual([['2', 200, 200]]);
    const nurse = second.rows.find((r) => r.jobKey === '1');
    // Seen again, unchanged: its change time stays (the worker's `since` follows only real changes).
    expect(nurse).toMatchObject({ lastSeenAt: 200, changedAt: 100, firstSeenAt: 100 });
    const third = mergeRead(
      'greenhouse:acme',
      second.rows,
      [posting('1', 'Head Nurse'), posting('2', 'Cook'), posting('3', 'Driver')],
      300,
    );
    expect(third.added).toEqual([]);
    expect(third.rows.find((r) => r.jobKey === '2')).toMatchObject({ closedAt: null, changedAt: 300, firstSeenAt: 100 });
    expect(third.rows.find((r) => r.jobKey === '1')).toMatchObject({ changedAt: 300, job: { title: 'Head Nurse' } });
  });

  it('closeAll closes only open jobs (a board gone from its API)', () => {
    const once = closeAll(first.rows, 500);
    expect(once.closed.map((r) => r.closedAt)).toEqual([500, 500]);
    expect(closeAll(once.rows, 600).closed).toEqual([]);
  });
});
