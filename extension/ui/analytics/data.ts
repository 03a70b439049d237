import { applyNext, type NextJob } from '../../../shared/analytics/apply-next.ts';
import { type Learning, learnFromOutcomes } from '../../../shared/analytics/learning.ts';
import { type AnalyticsSummary, analyticsSummary } from '../../../shared/analytics/summary.ts';
import { type SkillGap, skillGaps } from '../../../shared/coach/skill-gaps.ts';
import { jobRequirements } from '../../../shared/match/job-requirements.ts';
import { type ProfileFacts, profileFacts } from '../../../shared/match/profile-facts.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { JobsmithDocument } from '../../../shared/schemas/document.ts';
import type { Job } from '../../../shared/schemas/job.ts';
import type { Profile } from '../../../shared/schemas/profile.ts';
import { database } from '../../db/database.ts';
import { listEvents, type StoredEvent } from '../../db/events.ts';
import { loadProfile } from '../../db/profile.ts';
import { inSlices, knownScore, scoreJobs } from '../job-scores.ts';

// What the Analytics tab reads from the device and works out from it (scores shared with the Tracker).

interface Records {
  applications: Application[];
  jobs: Job[];
  documents: JobsmithDocument[];
  events: StoredEvent[];
  profile: Profile | null;
}

export interface Computed {
  summary: AnalyticsSummary;
  learning: Learning;
  next: NextJob[];
  gaps: SkillGap[];
  facts: ProfileFacts | null;
  savedJobs: number;
}

export async function loadRecords(): Promise<Records> {
  const db = database();
  const [applications, jobs, documents, events, profile] = await Promise.all([
    db.applications.toArray(),
    db.jobs.toArray(),
    db.documents.toArray(),
    listEvents(db),
    loadProfile(db),
  ]);
  return { applications, jobs, documents, events, profile: profile ?? null };
}

export async function compute(records: Records, now: number): Promise<Computed> {
  const facts = records.profile ? profileFacts(records.profile, new Date(now)) : null;
  const jobs = records.jobs.filter((j) => j.deletedAt === null);
  const profile = records.profile;
  // The Tracker's scores when it has worked them out; the rest now, a few milliseconds at a time.
  if (profile) await scoreJobs(profile, jobs);
  const scores = new Map(
    profile
      ? jobs.flatMap((j) => {
          const score = knownScore(profile, j);
          return score === null ? [] : [[j.id, score] as const];
        })
      : [],
  );
  const summary = analyticsSummary({
    applications: records.applications,
    jobs,
    documents: records.documents,
    events: records.events,
    scores,
    profileLevel: facts?.seniority?.level ?? null,
    now,
  });
  const learning = learnFromOutcomes(summary.rows);
  const tracked = summary.rows.flatMap((r) => (r.job ? [r.job] : []));
  return {
    summary,
    learning,
    next: applyNext(summary.rows, learning),
    gaps: facts ? skillGaps((await inSlices(tracked, jobRequirements)) ?? [], facts) : [],
    facts,
    savedJobs: tracked.length,
  };
}
