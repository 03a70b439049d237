import { seniorityOfTitle } from '../match/seniority.ts';
import type { Application } from '../schemas/application.ts';
import type { JobsmithDocument } from '../schemas/document.ts';
import type { Job } from '../schemas/job.ts';
import { siteById, siteOfFormHost } from '../sites/registry.ts';
import { DAY } from './dates.ts';

/** What an application is broken down by: where it came from and what was sent. */
export interface Features {
  source: string;
  ats: string;
  band: string;
  resume: 'tailored' | 'not tailored' | 'not recorded';
  /** The job's seniority against the user's, when both are known. */
  seniority: 'at your level' | 'above your level' | 'below your level' | null;
  workplace: 'remote' | 'hybrid' | 'onsite' | null;
  salary: 'salary stated' | 'no salary stated' | null;
  /** Whole days from saving the job to applying (or to `now` for a job not applied to yet). */
  daysSinceCapture: number | null;
}

/** Breakdown keys that are not a site unit's id: how a page was read, or no known ATS. */
const OTHER_NAMES: Record<string, string> = {
  jsonld: 'career sites',
  generic: 'other sites',
  other: 'other',
};

/** A breakdown key as the user reads it ("greenhouse" → "Greenhouse"); bands and the rest are already words. */
export function displayName(key: string): string {
  return siteById(key)?.label ?? OTHER_NAMES[key] ?? key;
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function atsOf(job: Job | undefined): string {
  if (!job) return 'unknown';
  for (const url of [job.applyUrl, job.url]) {
    // Where the application form lives, from the job's apply or page address.
    const site = siteOfFormHost(hostOf(url));
    if (site) return site.id;
  }
  return 'other';
}

/** Match score bands, highest first: the first whose floor the score reaches names it. */
export const MATCH_BANDS: Array<[number, string]> = [
  [85, '85+'], // strong: most required skills and the level fit
  [70, '70–84'], // good: a few gaps
  [50, '50–69'], // partial
  [0, '<50'], // weak
];

export function matchBand(score: number | undefined): string {
  if (score === undefined || !Number.isFinite(score)) return 'no score';
  return MATCH_BANDS.find(([floor]) => score >= floor)?.[1] ?? '<50';
}

/** A resume made by the tailor names its provider; the imported file says it was imported. */
export function resumeVersion(doc: JobsmithDocument | undefined): Features['resume'] {
  if (doc?.kind !== 'resume') return 'not recorded';
  if (doc.rendererVersion === 'imported' || doc.content.origin === 'imported') return 'not tailored';
  return typeof doc.content.provider === 'string' ? 'tailored' : 'not tailored';
}

export interface FeatureContext {
  jobs: ReadonlyMap<string, Job>;
  documents: ReadonlyMap<string, JobsmithDocument>;
  scores: ReadonlyMap<string, number>;
  /** The user's seniority level (shared/match/seniority.ts), null without a profile. */
  profileLevel: number | null;
  now: number;
}

export function featuresOf(app: Application, appliedAt: number | null, ctx: FeatureContext): Features {
  const job = ctx.jobs.get(app.jobId);
  const doc = app.resumeDocumentId ? ctx.documents.get(app.resumeDocumentId) : undefined;
  const jobLevel = job ? seniorityOfTitle(job.title)?.level : undefined;
  const gap = jobLevel === undefined || ctx.profileLevel === null ? null : jobLevel - ctx.profileLevel;
  const until = app.status === 'saved' ? ctx.now : appliedAt;
  const days = job && until !== null && until >= job.capturedAt ? Math.floor((until - job.capturedAt) / DAY) : null;
  return {
    source: job?.source ?? 'unknown',
    ats: atsOf(job),
    band: matchBand(ctx.scores.get(app.jobId)),
    resume: resumeVersion(doc),
    seniority: gap === null ? null : gap === 0 ? 'at your level' : gap > 0 ? 'above your level' : 'below your level',
    workplace: job?.workplace ?? null,
    salary: !job ? null : job.salary && (job.salary.min !== null || job.salary.max !== null) ? 'salary stated' : 'no salary stated',
    daysSinceCapture: days,
  };
}
