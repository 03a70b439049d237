import type { Application } from '../schemas/application.ts';
import type { Job } from '../schemas/job.ts';

/** One application as the tracker shows it: its job, its match score, the resume sent. */
export interface TrackerRow {
  application: Application;
  job: Job;
  /** 0–100; `null` without a profile to score against. */
  score: number | null;
  /** The title of the resume version sent with it, if one was recorded. */
  resumeSent: string | null;
}

/** The last time anything happened to the application: an edit, a status change or an interview. */
export function lastActivity(app: Application): number {
  let latest = app.updatedAt;
  for (const change of app.statusHistory) latest = Math.max(latest, change.at);
  return latest;
}
