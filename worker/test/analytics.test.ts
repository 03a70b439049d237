import { describe, expect, it } from 'vitest';
import { DAY } from '../../shared/analytics/dates.ts';
import { matchBand } from '../../shared/analytics/features.ts';
import { D0, day, testApplication, testJob, testResume } from '../../shared/analytics/test-records.ts';
import type { EventsResponse } from '../../shared/api/events.ts';
import { newId } from '../../shared/ids.ts';
import { matchJob } from '../../shared/match/score.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import type { AnalyticsSummaryResponse } from '../src/routes/analytics.ts';
import { bearer, json, signUp, type TestApi, testApi, withSql } from './harness.ts';

/** Monday 23 Nov 2026, noon UTC (ISO week 2026-W48): the server's clock. Test data starts 1 Oct 2026 (D0). */
const NOW = Date.UTC(2026, 10, 23, 12);
const api = testApi({}, { now: () => NOW });

type Session = Awaited<ReturnType<typeof signUp>>;

/** Stored records as sync leaves them: one row per record, its data as jsonb. */
async function insertRecords(userId: string, rows: Array<{ entity: string; id: string; data: unknown }>) {
  await withSql(async (sql) => {
    for (const row of rows) {
      await sql`insert into records (user_id, entity, id, data) values (${userId}, ${row.entity}, ${row.id}, ${sql.json(row.data as never)})`;
    }
  });
}

async function summary(session: Session, query = '', via: TestApi = api) {
  const res = await via.request(`/v1/analytics/summary${query}`, bearer(session.token));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as AnalyticsSummaryResponse;
}

async function sendEvents(session: Session, events: unknown[]) {
  const res = await api.request('/v1/events', json({ events }, session.token));
  expect(res.status).toBe(200);
  return (await res.json()) as EventsResponse;
}

const weekOf = (s: AnalyticsSummaryResponse, label: string) => s.perWeek.weeks.find((w) => w.label === label)?.count;
const eventWeek = (s: AnalyticsSummaryResponse, label: string) => s.events.perWeek.find((w) => w.label === label);

/**
 * Seven live applications and a deleted one: saved only; interview after 5 days (tailored
 * resume); rejected after 10 days (imported resume); offer after an interview 4 days in
 * (tailored); one whose job is gone; one applied "in the future"; one applied in 1999.
 */
function knownRecords() {
  const id = () => newId();
  const j = { gh1: id(), gh2: id(), li: id(), lever: id(), indeed: id(), missing: id() };
  const docs = { tailored: id(), imported: id() };
  const jobs = [
    testJob(j.gh1, 'greenhouse'),
    testJob(j.gh2, 'greenhouse'),
    testJob(j.li, 'linkedin'),
    testJob(j.lever, 'lever'),
    testJob(j.indeed, 'indeed'),
  ];
  const applications = [
    testApplication(id(), j.gh1, []),
    testApplication(
      id(),
      j.gh2,
      [
        ['applied', 1],
        ['interviewing', 6],
      ],
      { resumeDocumentId: docs.tailored },
    ),
    testApplication(
      id(),
      j.li,
      [
        ['applied', 2],
        ['rejected', 12],
      ],
      { resumeDocumentId: docs.imported },
    ),
    testApplication(
      id(),
      j.lever,
      [
        ['applied', 3],
        ['interviewing', 7],
        ['offer', 20],
      ],
      { resumeDocumentId: docs.tailored },
    ),
    testApplication(id(), j.missing, [
      ['applied', 5],
      ['ghosted', 40],
    ]),
    testApplication(id(), j.indeed, [], { status: 'applied', appliedAt: NOW + 10 * DAY }),
    testApplication(id(), j.gh1, [], {
      status: 'applied',
      appliedAt: Date.UTC(1999, 5, 1),
      statusHistory: [
        { status: 'saved', at: D0 },
        { status: 'applied', at: Date.UTC(1999, 5, 1) },
      ],
    }),
    testApplication(id(), j.gh1, [['applied', 1]], { deletedAt: D0 }),
  ];
  const documents = [testResume(docs.tailored, true), testResume(docs.imported, false)];
  return {
    applications,
    rows: [
      ...jobs.map((data) => ({ entity: 'job', id: data.id, data })),
      ...applications.map((data) => ({ entity: 'application', id: data.id, data })),
      ...documents.map((data) => ({ entity: 'document', id: data.id, data })),
    ],
  };
}

function event(type: string, at: number, extra: Record<string, unknown> = {}) {
  return { id: newId(), type, at, applicationId: null, jobId: null, props: {}, v: 1, ...extra };
}

const stats = (key: string, applied: number, responded: number, rate: number | null, medianDays: number | null, timed: number) => ({
  key,
  applied,
  responded,
  rate,
  medianDays,
  timed,
});

describe('GET /v1/analytics/summary', () => {
  it('computes the funnel, response rates and times, weeks and spend from known records and events', async () => {
    const session = await signUp(api);
    const { rows, applications } = knownRecords();
    await insertRecords(session.user.id, rows);
    const generation = event('generation', day(1), {
      applicationId: applications[1]?.id,
      props: { costUsd: 0.25, inputTokens: 1000, outputTokens: 200 },
    });
    const { v: _, ...oldClient } = event('generation', day(2), { props: { costUsd: 0.5, inputTokens: 500, outputTokens: 100 } });
    const sent = await sendEvents(session, [
      generation,
      oldClient,
      event('generation', day(3), { props: { costUsd: 'abc' } }),
      event('job_viewed', day(1)),
      event('submitted', day(5)),
      event('status_changed', NOW + 3_600_000),
      event('generation', day(4), { v: 2, props: { costUsd: 100 } }),
      event('generation', Date.UTC(1999, 0, 1), { props: { costUsd: 100 } }),
      event('generation', NOW + 2 * DAY, { props: { costUsd: 100 } }),
      generation,
    ]);
    expect([sent.stored.length, sent.duplicates.length, sent.rejected.length]).toEqual([6, 1, 3]);

    const s = await summary(session);
    expect(s.now).toBe(NOW);
    expect(s.applications).toBe(7);
    expect(s.funnel).toEqual([
      { key: 'saved', label: 'Saved', count: 7, conversion: null },
      { key: 'applied', label: 'Applied', count: 6, conversion: 6 / 7 },
      { key: 'interview', label: 'Interview', count: 2, conversion: 2 / 6 },
      { key: 'offer', label: 'Offer', count: 1, conversion: 1 / 2 },
    ]);
    // Answered: interview after 5 days, rejection after 10, interview after 4.
    expect(s.response).toEqual(stats('all', 6, 3, 0.5, 5, 3));
    expect(s.by.source).toEqual([
      stats('greenhouse', 2, 1, 0.5, 5, 1),
      stats('indeed', 1, 0, 0, null, 0),
      stats('lever', 1, 1, 1, 4, 1),
      stats('linkedin', 1, 1, 1, 10, 1),
      stats('unknown', 1, 0, 0, null, 0),
    ]);
    expect(s.by.ats.map((a) => a.key)).toEqual(['greenhouse', 'indeed', 'lever', 'linkedin', 'unknown']);
    expect(s.by.band).toEqual([stats('no score', 6, 3, 0.5, 5, 3)]);
    expect(s.by.resume).toEqual([
      stats('not recorded', 3, 0, 0, null, 0),
      stats('tailored', 2, 2, 1, 4.5, 2),
      stats('not tailored', 1, 1, 1, 10, 1),
    ]);
    expect(s.issues).toEqual({ 'no-job': 1, 'impossible-date': 2, 'response-before-application': 0 });
    expect(s.skipped).toBe(0);

    // 2 to 4 Oct 2026 are in W40, 6 Oct in W41; the future and 1999 applications are in no week.
    expect(s.perWeek.weeks).toHaveLength(12);
    expect(s.perWeek.weeks[0]?.label).toBe('2026-W37');
    expect(s.perWeek.weeks.at(-1)?.label).toBe('2026-W48');
    expect([weekOf(s, '2026-W40'), weekOf(s, '2026-W41'), s.perWeek.earlier]).toEqual([3, 1, 0]);
    expect(s.perWeek.weeks.reduce((n, w) => n + w.count, 0)).toBe(4);

    expect(s.events).toMatchObject({
      count: 6,
      byType: { generation: 3, job_viewed: 1, submitted: 1, status_changed: 1 },
      byVersion: { 1: 6 },
      newer: 0,
      generations: 3,
      costUsd: 0.75,
      inputTokens: 1500,
      outputTokens: 300,
      unpriced: 1,
    });
    expect(eventWeek(s, '2026-W40')).toMatchObject({ count: 4, byType: { generation: 3, job_viewed: 1 } });
    expect(eventWeek(s, '2026-W41')).toMatchObject({ count: 1, byType: { submitted: 1 } });
    expect(eventWeek(s, '2026-W48')).toMatchObject({ count: 1, byType: { status_changed: 1 } });
    expect(s.events.perWeek.map((w) => w.label)).toEqual(s.perWeek.weeks.map((w) => w.label));
    expect(s.costPerApplication).toBe(0.125);
  });

  it('covers as many weeks as asked, and refuses a nonsense count with 400', async () => {
    const session = await signUp(api);
    await insertRecords(session.user.id, knownRecords().rows);
    const s = await summary(session, '?weeks=4');
    expect(s.perWeek.weeks.map((w) => w.label)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(s.perWeek.earlier).toBe(4);
    for (const query of ['weeks=0', 'weeks=105', 'weeks=many', 'week=4']) {
      expect((await api.request(`/v1/analytics/summary?${query}`, bearer(session.token))).status, query).toBe(400);
    }
  });

  it('bands applications by their job’s match against the synced profile', async () => {
    const session = await signUp(api);
    const { rows } = knownRecords();
    const profile = { ...BACKEND_ENGINEER, id: newId(), createdAt: D0, updatedAt: D0, deletedAt: null, clocks: {} };
    await insertRecords(session.user.id, [...rows, { entity: 'profile', id: profile.id, data: profile }]);
    const s = await summary(session);
    const expected = new Map<string, number>();
    for (const row of rows) {
      if (row.entity !== 'application') continue;
      const app = row.data as ReturnType<typeof testApplication>;
      const job = rows.find((r) => r.entity === 'job' && r.id === app.jobId)?.data as ReturnType<typeof testJob> | undefined;
      if (app.deletedAt !== null || app.status === 'saved') continue;
      const band = job ? matchBand(matchJob(BACKEND_ENGINEER, job, new Date(NOW)).score) : 'no score';
      expected.set(band, (expected.get(band) ?? 0) + 1);
    }
    expect(Object.fromEntries(s.by.band.map((b) => [b.key, b.applied]))).toEqual(Object.fromEntries(expected));
  });

  it('is all zeros and nulls for a user with nothing yet', async () => {
    const s = await summary(await signUp(api));
    expect(s.applications).toBe(0);
    expect(s.funnel.map((f) => [f.count, f.conversion])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(s.response).toEqual(stats('all', 0, 0, null, null, 0));
    expect(s.by).toEqual({ source: [], ats: [], band: [], resume: [] });
    expect(s.events).toMatchObject({ count: 0, byType: {}, generations: 0, costUsd: 0, unpriced: 0 });
    expect(s.events.perWeek.every((w) => w.count === 0)).toBe(true);
    expect(s.costPerApplication).toBeNull();
  });

  it('leaves out and counts a stored record that does not read, instead of failing', async () => {
    const session = await signUp(api);
    const { rows } = knownRecords();
    const broken = { entity: 'application', id: newId(), data: { status: 'applied', statusHistory: 'yesterday' } };
    await insertRecords(session.user.id, [...rows, broken]);
    const s = await summary(session);
    expect(s.skipped).toBe(1);
    expect(s.applications).toBe(7);
  });

  it('answers over 100,000 events of one user, summing them in the database', async () => {
    const session = await signUp(api);
    await insertRecords(session.user.id, knownRecords().rows);
    // Event i: one of seven types in turn, a minute apart from 1 Oct 2026; every generation cost $0.01.
    await withSql(
      (sql) => sql`
        insert into events (user_id, id, type, at, props, v)
        select ${session.user.id}, lpad(i::text, 26, '0'),
          (array['job_viewed', 'generation', 'job_saved', 'tailored', 'autofilled', 'submitted', 'status_changed'])[1 + i % 7],
          ${new Date(D0)}::timestamptz + i * interval '1 minute',
          case when i % 7 = 1 then '{"costUsd": 0.01, "inputTokens": 100}'::jsonb else '{}'::jsonb end,
          1
        from generate_series(1, 100000) as i`,
    );
    const s = await summary(session);
    expect(s.events.count).toBe(100_000);
    // i % 7 = 1 for i = 1, 8, …, 99,996.
    expect(s.events.generations).toBe(14_286);
    expect(s.events.costUsd).toBeCloseTo(142.86, 9);
    expect(s.events.inputTokens).toBe(1_428_600);
    expect(s.events.byVersion).toEqual({ 1: 100_000 });
    // The weeks shown end on Sunday 29 Nov: 60 days (86,400 minutes) after D0, so minutes 1 to 86,399 are in them.
    expect(s.events.perWeek.reduce((n, w) => n + w.count, 0)).toBe(86_399);
    expect(s.costPerApplication).toBeCloseTo(142.86 / 6, 9);
  });

  it('needs a signed-in user', async () => {
    expect((await api.request('/v1/analytics/summary')).status).toBe(401);
  });
});
