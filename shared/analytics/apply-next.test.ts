import { describe, expect, it } from 'vitest';
import { applyNext } from './apply-next.ts';
import { learnFromOutcomes } from './learning.ts';
import { analyticsSummary } from './summary.ts';
import { D0, day, testApplication, testJob } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23, 12);

/** Past outcomes: Greenhouse 3 of 4 got interviews, LinkedIn 1 of 6. */
const past = [
  ...[0, 1, 2, 3].map((i) =>
    testApplication(`g${i}`, `gj${i}`, [
      ['applied', 1],
      [i < 3 ? 'interviewing' : 'rejected', 5],
    ]),
  ),
  ...[0, 1, 2, 3, 4, 5].map((i) =>
    testApplication(`l${i}`, `lj${i}`, [
      ['applied', 1],
      [i < 1 ? 'interviewing' : 'ghosted', 30],
    ]),
  ),
];
const pastJobs = [
  ...[0, 1, 2, 3].map((i) => testJob(`gj${i}`, 'greenhouse')),
  ...[0, 1, 2, 3, 4, 5].map((i) => testJob(`lj${i}`, 'linkedin')),
];

const saved = [
  testApplication('s-linkedin', 'sj1', []),
  testApplication('s-greenhouse', 'sj2', []),
  testApplication('s-indeed', 'sj3', []),
  testApplication('s-unscored', 'sj4', []),
  // Applied already: not a candidate.
  testApplication('s-applied', 'sj5', [['applied', 2]]),
];
const savedJobs = [
  testJob('sj1', 'linkedin'),
  testJob('sj2', 'greenhouse'),
  testJob('sj3', 'indeed'),
  testJob('sj4', 'greenhouse', { capturedAt: day(3) }),
  testJob('sj5', 'greenhouse'),
];
const scores = new Map([
  ['sj1', 80],
  ['sj2', 70],
  ['sj3', 75],
]);

function order(applications = [...past, ...saved]) {
  const summary = analyticsSummary({
    applications,
    jobs: [...pastJobs, ...savedJobs],
    documents: [],
    events: [],
    scores,
    profileLevel: null,
    now: NOW,
  });
  return applyNext(summary.rows, learnFromOutcomes(summary.rows));
}

describe('what to apply to next', () => {
  it('moves the match score by what predicted the user’s responses, and lists every saved job', () => {
    const next = order();
    expect(next.map((n) => [n.applicationId, n.priority])).toEqual([
      ['s-greenhouse', 70 + 18],
      ['s-indeed', 75],
      ['s-linkedin', 80 - 12],
      ['s-unscored', 50 + 18],
    ]);
    expect(next[0]?.reasons).toEqual([
      'Match score 70.',
      '+18: jobs found on Greenhouse led to an interview or offer 75 % of the time, against 40 % overall.',
    ]);
    expect(next[1]?.reasons).toEqual(['Match score 75.', 'None of its traits has predicted your responses so far.']);
    expect(next[2]?.reasons[1]).toMatch(/^−12: /);
    expect(next[3]?.reasons[0]).toBe('No match score yet (import your resume in Profile).');
  });

  it('orders by match alone, and says why, before there are enough outcomes', () => {
    const next = order(saved);
    expect(next.map((n) => n.applicationId)).toEqual(['s-linkedin', 's-indeed', 's-greenhouse', 's-unscored']);
    expect(next[0]?.reasons[1]).toBe(
      'Ordered by match until you have 8 outcomes (interviews, offers, rejections or no answer); you have 0.',
    );
  });

  it('lists nothing when nothing is saved', () => {
    expect(order([testApplication('x', 'sj1', [['applied', 1]], { createdAt: D0 })])).toEqual([]);
  });
});
