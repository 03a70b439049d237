import type { Application } from '../schemas/application.ts';
import type { JobsmithDocument } from '../schemas/document.ts';
import type { Job } from '../schemas/job.ts';
import { type Dimension, type ResponseStats, type Row, responseBy, responseStats } from './breakdown.ts';
import { type FeatureContext, featuresOf } from './features.ts';
import { type FunnelStage, funnel } from './funnel.ts';
import { type DataIssue, milestones } from './outcomes.ts';
import { type EventLike, type EventTotals, eventTotals } from './spend.ts';
import { rate } from './stats.ts';
import { applicationsPerWeek, type WeekCount } from './weekly.ts';

export interface AnalyticsInput {
  applications: readonly Application[];
  jobs: readonly Job[];
  documents: readonly JobsmithDocument[];
  events: Iterable<EventLike>;
  /** Match score per job id (absent without a profile). */
  scores: ReadonlyMap<string, number>;
  profileLevel: number | null;
  now: number;
  /** How many weeks the per-week chart covers. */
  weeks?: number;
}

export interface AnalyticsRow extends Row {
  application: Application;
  job: Job | undefined;
  /** The job's match score against the current profile. */
  score: number | null;
}

export interface AnalyticsSummary {
  funnel: FunnelStage[];
  response: ResponseStats;
  by: Record<Dimension, ResponseStats[]>;
  perWeek: { weeks: WeekCount[]; earlier: number };
  events: EventTotals;
  /** LLM spend divided by applications sent; null before the first application. */
  costPerApplication: number | null;
  /** How many applications had each kind of bad data (they still count where they can). */
  issues: Record<DataIssue, number>;
  rows: AnalyticsRow[];
}

/** Everything the Analytics tab shows, in time linear in applications plus events. */
export function analyticsSummary(input: AnalyticsInput): AnalyticsSummary {
  const jobs = new Map(input.jobs.filter((j) => j.deletedAt === null).map((j) => [j.id, j]));
  const ctx: FeatureContext = {
    jobs,
    documents: new Map(input.documents.map((d) => [d.id, d])),
    scores: input.scores,
    profileLevel: input.profileLevel,
    now: input.now,
  };
  const issues: Record<DataIssue, number> = { 'no-job': 0, 'impossible-date': 0, 'response-before-application': 0 };
  const rows: AnalyticsRow[] = input.applications
    .filter((a) => a.deletedAt === null)
    .map((application) => {
      const m = milestones(application, input.now);
      const job = jobs.get(application.jobId);
      if (!job) m.issues.push('no-job');
      for (const issue of m.issues) issues[issue]++;
      return {
        application,
        job,
        score: input.scores.get(application.jobId) ?? null,
        milestones: m,
        features: featuresOf(application, m.appliedAt, ctx),
      };
    });
  const events = eventTotals(input.events);
  const applied = rows.filter((r) => r.milestones.applied).length;
  return {
    funnel: funnel(rows.map((r) => r.milestones)),
    response: responseStats('all', rows),
    by: {
      source: responseBy('source', rows),
      ats: responseBy('ats', rows),
      band: responseBy('band', rows),
      resume: responseBy('resume', rows),
    },
    perWeek: applicationsPerWeek(
      rows.flatMap((r) => (r.milestones.appliedAt === null ? [] : [r.milestones.appliedAt])),
      input.now,
      input.weeks,
    ),
    events,
    costPerApplication: rate(events.costUsd, applied),
    issues,
    rows,
  };
}
