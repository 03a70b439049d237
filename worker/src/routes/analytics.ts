import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { DAY } from '../../../shared/analytics/dates.ts';
import { type EventTotals, emptyTotals } from '../../../shared/analytics/spend.ts';
import { rate } from '../../../shared/analytics/stats.ts';
import { analyticsSummary } from '../../../shared/analytics/summary.ts';
import { profileFacts } from '../../../shared/match/profile-facts.ts';
import { createMatcher } from '../../../shared/match/score.ts';
import { loadTaxonomy } from '../../../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../../../shared/match/taxonomy-file.ts';
import { Application } from '../../../shared/schemas/application.ts';
import { JobsmithDocument } from '../../../shared/schemas/document.ts';
import { EVENT_VERSION } from '../../../shared/schemas/event.ts';
import { Job } from '../../../shared/schemas/job.ts';
import { Profile } from '../../../shared/schemas/profile.ts';
import type { Db } from '../db/client.ts';
import { events, records } from '../db/schema/index.ts';
import { requireUser } from '../lib/auth.ts';
import { bearerSecurity, errorResponses, jsonResponse, newRouter } from '../lib/openapi.ts';

const Count = z.number().int().nonnegative();
const Share = z.number().nullable().openapi({ description: 'A share from 0 to 1; null when there is nothing to divide by' });

const FunnelStage = z.object({
  key: z.enum(['saved', 'applied', 'interview', 'offer']),
  label: z.string(),
  count: Count,
  conversion: Share.openapi({ description: 'Share of the stage before that got this far; null for the first stage' }),
});

const ResponseStats = z.object({
  key: z.string().openapi({ description: 'The group: a source, an ATS, a match band, a resume version, or "all"' }),
  applied: Count,
  responded: Count,
  rate: Share,
  medianDays: z.number().nullable().openapi({ description: 'Median days from applying to the first answer' }),
  timed: Count.openapi({ description: 'Answered applications with usable dates, which the median is over' }),
});

const WeekCount = z.object({
  label: z.string().openapi({ example: '2026-W48' }),
  monday: z.number().int().openapi({ description: 'Monday 00:00 UTC of the ISO week (epoch ms)' }),
  count: Count,
});

const EventWeek = WeekCount.extend({ byType: z.record(z.string(), Count) });

const EventSummary = z.object({
  count: Count,
  byType: z.record(z.string(), Count),
  byVersion: z.record(z.string(), Count).openapi({ description: 'Events by format version (an old client that sent none counts as 1)' }),
  newer: Count.openapi({ description: `Events of a format newer than ${EVENT_VERSION}` }),
  generations: Count,
  costUsd: z.number().nonnegative(),
  inputTokens: z.number().nonnegative(),
  outputTokens: z.number().nonnegative(),
  unpriced: Count.openapi({ description: 'Generation events without a usable cost' }),
  perWeek: z.array(EventWeek).openapi({ description: 'Events per ISO week, the same weeks as perWeek.weeks' }),
});

export const AnalyticsSummaryResponse = z
  .object({
    now: z.number().int(),
    applications: Count.openapi({ description: 'Applications (not deleted) the summary is over' }),
    funnel: z.array(FunnelStage).openapi({ description: 'Saved → applied → interview → offer' }),
    response: ResponseStats,
    by: z.object({
      source: z.array(ResponseStats),
      ats: z.array(ResponseStats),
      band: z.array(ResponseStats),
      resume: z.array(ResponseStats),
    }),
    perWeek: z.object({
      weeks: z.array(WeekCount).openapi({ description: 'Applications sent per ISO week, oldest first, empty weeks included' }),
      earlier: Count.openapi({ description: 'Applications sent before the first week shown' }),
    }),
    events: EventSummary,
    costPerApplication: z.number().nullable().openapi({ description: 'LLM spend (USD) per application sent' }),
    issues: z.object({ 'no-job': Count, 'impossible-date': Count, 'response-before-application': Count }),
    skipped: Count.openapi({ description: 'Stored records that could not be read, left out' }),
  })
  .openapi('AnalyticsSummary');
export type AnalyticsSummaryResponse = z.infer<typeof AnalyticsSummaryResponse>;

/** Strict: a misspelt parameter is a 400 naming it, not silently the default. */
const SummaryQuery = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(104).default(12).openapi({ description: 'How many ISO weeks the per-week counts cover' }),
});

interface UserRecords {
  applications: Application[];
  jobs: Job[];
  documents: JobsmithDocument[];
  profile: Profile | null;
  skipped: number;
}

const READERS = { application: Application, job: Job, document: JobsmithDocument, profile: Profile } as const;

/** The user's records the analytics read, each checked against its schema (a row that fails is counted, not thrown). */
async function userRecords(db: Db, userId: string): Promise<UserRecords> {
  const rows = await db
    // Replaced values (sync history) are never read here, and can be most of a row.
    .select({ entity: records.entity, data: sql<unknown>`${records.data} - 'history'` })
    .from(records)
    .where(and(eq(records.userId, userId), inArray(records.entity, Object.keys(READERS))));
  const out: UserRecords = { applications: [], jobs: [], documents: [], profile: null, skipped: 0 };
  for (const row of rows) {
    const entity = row.entity as keyof typeof READERS;
    const parsed = READERS[entity].safeParse(row.data);
    if (!parsed.success) {
      out.skipped++;
      continue;
    }
    if (entity === 'application') out.applications.push(parsed.data as Application);
    else if (entity === 'job') out.jobs.push(parsed.data as Job);
    else if (entity === 'document') out.documents.push(parsed.data as JobsmithDocument);
    else {
      const profile = parsed.data as Profile;
      if (profile.deletedAt === null && (!out.profile || profile.updatedAt > out.profile.updatedAt)) out.profile = profile;
    }
  }
  return out;
}

/** A prop as a non-negative number, or null (the rule of shared/analytics/spend.ts, in SQL). */
function amount(key: string): SQL {
  return sql`case when jsonb_typeof(${events.props} -> ${key}) = 'number' then case when (${events.props} ->> ${key})::numeric >= 0 then (${events.props} ->> ${key})::numeric end end`;
}

/** 1970-01-05, the first Monday after the epoch (a Thursday): ISO weeks are counted from it. */
const FIRST_MONDAY = 4 * DAY;
const WEEK = 7 * DAY;

interface EventCounts {
  totals: EventTotals;
  /** Events per type in each ISO week (UTC), by the week's Monday. */
  weeks: Map<number, Record<string, number>>;
}

/**
 * Event counts per type, version and ISO week, and generation spend, in one grouped scan by the
 * database: the events themselves never leave it.
 */
async function eventCounts(db: Db, userId: string): Promise<EventCounts> {
  const generation = sql`${events.type} = 'generation'`;
  // Constants written into the SQL, not parameters: GROUP BY must see the very expression selected.
  const week = sql<number>`floor((extract(epoch from ${events.at}) * 1000 - ${sql.raw(String(FIRST_MONDAY))}) / ${sql.raw(String(WEEK))})::int`;
  const rows = await db
    .select({
      type: events.type,
      v: events.v,
      week,
      count: sql<number>`count(*)::int`,
      costUsd: sql<string | null>`(sum(${amount('costUsd')}) filter (where ${generation}))::text`,
      unpriced: sql<number>`(count(*) filter (where ${generation} and ${amount('costUsd')} is null))::int`,
      inputTokens: sql<string | null>`(sum(${amount('inputTokens')}) filter (where ${generation}))::text`,
      outputTokens: sql<string | null>`(sum(${amount('outputTokens')}) filter (where ${generation}))::text`,
    })
    .from(events)
    .where(eq(events.userId, userId))
    .groupBy(events.type, events.v, week);
  const totals = emptyTotals();
  const weeks = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const monday = FIRST_MONDAY + row.week * WEEK;
    const byType = weeks.get(monday) ?? {};
    byType[row.type] = (byType[row.type] ?? 0) + row.count;
    weeks.set(monday, byType);
    totals.count += row.count;
    totals.byType[row.type] = (totals.byType[row.type] ?? 0) + row.count;
    totals.byVersion[row.v] = (totals.byVersion[row.v] ?? 0) + row.count;
    if (row.v > EVENT_VERSION) totals.newer += row.count;
    if (row.type !== 'generation') continue;
    totals.generations += row.count;
    totals.unpriced += row.unpriced;
    totals.costUsd += Number(row.costUsd ?? 0);
    totals.inputTokens += Number(row.inputTokens ?? 0);
    totals.outputTokens += Number(row.outputTokens ?? 0);
  }
  return { totals, weeks };
}

/**
 * Everything the Analytics tab shows, for one user: application-level numbers from the synced
 * records through shared/analytics (the same code the extension runs), event counts and spend
 * aggregated in SQL, so 100,000 events cost one grouped scan, not 100,000 rows in memory.
 */
export async function summarize(db: Db, userId: string, now: number, weeks: number): Promise<AnalyticsSummaryResponse> {
  const data = await userRecords(db, userId);
  const scores = new Map<string, number>();
  let profileLevel: number | null = null;
  if (data.profile) {
    await loadTaxonomy(readTaxonomyFile);
    const when = new Date(now);
    profileLevel = profileFacts(data.profile, when).seniority?.level ?? null;
    const match = createMatcher(data.profile, when);
    const wanted = new Set(data.applications.filter((a) => a.deletedAt === null).map((a) => a.jobId));
    for (const job of data.jobs) if (wanted.has(job.id) && job.deletedAt === null) scores.set(job.id, match(job).score);
  }
  const summary = analyticsSummary({ ...data, events: [], scores, profileLevel, now, weeks });
  const { totals, weeks: eventWeeks } = await eventCounts(db, userId);
  const applied = summary.funnel.find((stage) => stage.key === 'applied')?.count ?? 0;
  return {
    now,
    applications: summary.rows.length,
    funnel: summary.funnel,
    response: summary.response,
    by: summary.by,
    perWeek: summary.perWeek,
    events: {
      ...totals,
      perWeek: summary.perWeek.weeks.map(({ label, monday }) => {
        const byType = eventWeeks.get(monday) ?? {};
        return { label, monday, count: Object.values(byType).reduce((a, b) => a + b, 0), byType };
      }),
    },
    costPerApplication: rate(totals.costUsd, applied),
    issues: summary.issues,
    skipped: data.skipped,
  };
}

export const analytics = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/summary',
    tags: ['analytics'],
    summary: 'Funnel, response rates and times by source, ATS, match band and resume version, applications per week, LLM spend',
    security: bearerSecurity,
    middleware: [requireUser] as const,
    request: { query: SummaryQuery },
    responses: { 200: jsonResponse(AnalyticsSummaryResponse, "The user's analytics"), ...errorResponses(400, 401) },
  }),
  async (c) => {
    const { weeks } = c.req.valid('query');
    return c.json(await summarize(c.var.db(), c.var.user.id, c.var.now(), weeks), 200);
  },
);
