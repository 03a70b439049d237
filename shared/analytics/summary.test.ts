import { describe, expect, it } from 'vitest';
import { DAY } from './dates.ts';
import { analyticsSummary } from './summary.ts';
import { D0, day, testApplication, testJob, testResume } from './test-records.ts';

/** Monday 23 Nov 2026, noon: ISO week 2026-W48. */
const NOW = Date.UTC(2026, 10, 23, 12);

const jobs = [
  testJob('j1', 'greenhouse'),
  testJob('j2', 'greenhouse'),
  testJob('j3', 'linkedin'),
  testJob('j4', 'linkedin'),
  testJob('j5', 'lever'),
  testJob('j6', 'indeed'),
  testJob('j8', 'indeed'),
];
const documents = [testResume('tailored', true), testResume('imported', false)];
const applications = [
  testApplication('a1', 'j1', []),
  testApplication(
    'a2',
    'j2',
    [
      ['applied', 1],
      ['interviewing', 6],
    ],
    { resumeDocumentId: 'tailored' },
  ),
  testApplication(
    'a3',
    'j3',
    [
      ['applied', 2],
      ['rejected', 12],
    ],
    { resumeDocumentId: 'imported' },
  ),
  testApplication('a4', 'j4', [
    ['applied', 3],
    ['ghosted', 40],
  ]),
  testApplication(
    'a5',
    'j5',
    [
      ['applied', 4],
      ['interviewing', 7],
      ['offer', 20],
    ],
    { resumeDocumentId: 'tailored' },
  ),
  testApplication('a6', 'j6', [['withdrawn', 2]]),
  // Its job is gone, and the rejection is dated before the application.
  testApplication('a7', 'missing', [
    ['applied', 5],
    ['rejected', 4],
  ]),
  // Applied "in the future": a broken clock.
  testApplication('a8', 'j8', [], { status: 'applied', appliedAt: NOW + 10 * DAY }),
  testApplication('deleted', 'j1', [['applied', 1]], { deletedAt: D0 }),
];
const scores = new Map([
  ['j2', 90],
  ['j3', 60],
  ['j4', 45],
  ['j5', 75],
  ['j8', 70],
]);
const events = [
  { id: 'e1', type: 'generation', at: day(1), v: 1, props: { costUsd: 0.25, inputTokens: 1000, outputTokens: 200 } },
  // An old client's event: no `v`.
  { id: 'e2', type: 'generation', at: day(2), props: { costUsd: 0.5, inputTokens: 500, outputTokens: 100 } },
  { id: 'e3', type: 'generation', at: day(3), v: 1, props: { costUsd: 'abc' } },
  // The same event sent twice.
  { id: 'e1', type: 'generation', at: day(1), v: 1, props: { costUsd: 0.25 } },
  { id: 'e4', type: 'job_viewed', at: day(1), v: 2, props: {} },
];

const summary = analyticsSummary({ applications, jobs, documents, events, scores, profileLevel: null, now: NOW });

describe('analytics summary on known data', () => {
  it('counts the funnel saved → applied → interview → offer with conversion rates', () => {
    expect(summary.funnel.map((s) => [s.key, s.count, s.conversion])).toEqual([
      ['saved', 8, null],
      ['applied', 6, 6 / 8],
      ['interview', 2, 2 / 6],
      ['offer', 1, 1 / 2],
    ]);
  });

  it('counts a response for interviews, offers and rejections but not for ghosting, and takes the median days', () => {
    expect(summary.response).toEqual({ key: 'all', applied: 6, responded: 4, rate: 4 / 6, medianDays: 5, timed: 3 });
  });

  it('breaks response down by source, most applications first', () => {
    expect(summary.by.source.map((r) => [r.key, r.applied, r.responded, r.rate, r.medianDays])).toEqual([
      ['linkedin', 2, 1, 0.5, 10],
      ['greenhouse', 1, 1, 1, 5],
      ['indeed', 1, 0, 0, null],
      ['lever', 1, 1, 1, 3],
      ['unknown', 1, 1, 1, null],
    ]);
  });

  it('breaks response down by ATS, match band and resume version', () => {
    expect(summary.by.ats.map((r) => [r.key, r.applied, r.rate])).toEqual([
      ['linkedin', 2, 0.5],
      ['greenhouse', 1, 1],
      ['indeed', 1, 0],
      ['lever', 1, 1],
      ['unknown', 1, 1],
    ]);
    expect(summary.by.band.map((r) => [r.key, r.applied, r.rate])).toEqual([
      ['85+', 1, 1],
      ['70–84', 2, 0.5],
      ['50–69', 1, 1],
      ['<50', 1, 0],
      ['no score', 1, 1],
    ]);
    expect(summary.by.resume.map((r) => [r.key, r.applied, r.responded, r.rate, r.medianDays])).toEqual([
      ['not recorded', 3, 1, 1 / 3, null],
      ['tailored', 2, 2, 1, 4],
      ['not tailored', 1, 1, 1, 10],
    ]);
  });

  it('counts applications per ISO week, empty weeks included, leaving out impossible dates', () => {
    const weeks = summary.perWeek.weeks;
    expect(weeks).toHaveLength(12);
    expect(weeks[0]?.label).toBe('2026-W37');
    expect(weeks[11]?.label).toBe('2026-W48');
    expect(weeks.filter((w) => w.count > 0).map((w) => [w.label, w.count])).toEqual([
      ['2026-W40', 3],
      ['2026-W41', 2],
    ]);
    expect(summary.perWeek.earlier).toBe(0);
  });

  it('divides LLM spend by applications sent, counting each event once and old versions as v1', () => {
    expect(summary.events).toMatchObject({
      count: 4,
      generations: 3,
      costUsd: 0.75,
      inputTokens: 1500,
      outputTokens: 300,
      unpriced: 1,
      byVersion: { 1: 3, 2: 1 },
      newer: 1,
    });
    expect(summary.costPerApplication).toBe(0.125);
  });

  it('reports bad data and still counts what it can', () => {
    expect(summary.issues).toEqual({ 'no-job': 1, 'impossible-date': 1, 'response-before-application': 1 });
    const a8 = summary.rows.find((r) => r.application.id === 'a8');
    expect(a8?.milestones).toMatchObject({ applied: true, appliedAt: null });
  });

  it('is all zeros and nulls with no data', () => {
    const empty = analyticsSummary({
      applications: [],
      jobs: [],
      documents: [],
      events: [],
      scores: new Map(),
      profileLevel: null,
      now: NOW,
    });
    expect(empty.funnel.map((s) => [s.count, s.conversion])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(empty.response.rate).toBeNull();
    expect(empty.costPerApplication).toBeNull();
  });

  it('reads 100,000 events in one linear pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      type: i % 2 === 0 ? 'generation' : 'job_viewed',
      at: D0 + i,
      ...(i % 3 === 0 ? {} : { v: 1 }),
      props: { costUsd: 0.5, inputTokens: 10 },
    }));
    const big = analyticsSummary({ applications, jobs, documents, events: many, scores, profileLevel: null, now: NOW });
    expect(big.events.count).toBe(100_000);
    expect(big.events.generations).toBe(50_000);
    expect(big.events.costUsd).toBe(25_000);
    expect(big.events.inputTokens).toBe(500_000);
    expect(big.events.byVersion).toEqual({ 1: 100_000 });
    expect(big.costPerApplication).toBe(25_000 / 6);
  });
});
