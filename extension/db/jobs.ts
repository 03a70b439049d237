import { newSavedJob } from '../../shared/applications.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { Job, JobCapture } from '../../shared/schemas/job.ts';
import type { JobsmithDb } from './database.ts';
import { recordEvent } from './events.ts';
import { recordChange } from './record-change.ts';

/** The saved job with this dedupe key, if any (deleted ones do not count). */
export async function findSavedJob(db: JobsmithDb, dedupeKey: string): Promise<Job | undefined> {
  const matches = await db.jobs.where('dedupeKey').equals(dedupeKey).toArray();
  return matches.find((job) => job.deletedAt === null);
}

export type SaveResult = { status: 'saved'; job: Job; application: Application } | { status: 'already-saved'; job: Job };

/**
 * Saves a captured job with a "saved" application, and queues both for sync, in one
 * transaction: either all three writes happen or none.
 */
export async function saveJob(db: JobsmithDb, capture: JobCapture, now: number): Promise<SaveResult> {
  return db.transaction('rw', db.jobs, db.applications, db.outbox, db.events, async () => {
    const existing = await findSavedJob(db, capture.dedupeKey);
    if (existing) return { status: 'already-saved' as const, job: existing };
    const fresh = newSavedJob(capture, now);
    const job = await recordChange(db, 'job', undefined, fresh.job, now);
    const application = await recordChange(db, 'application', undefined, fresh.application, now);
    await recordEvent(db, 'job_saved', { jobId: job.id, applicationId: application.id, props: { source: job.source } }, now);
    return { status: 'saved' as const, job, application };
  });
}
