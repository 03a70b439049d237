import { changeStatus } from '../../shared/applications.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { Job, JobCapture } from '../../shared/schemas/job.ts';
import type { JobsmithDb } from './database.ts';
import { saveJob } from './jobs.ts';
import { recordChange } from './record-change.ts';

export interface TrackedApplication {
  application: Application;
  job: Job;
  /** The title of the resume version sent with it (the file name, for an imported resume). */
  resumeSent: string | null;
}

/** Every live application with its job, newest first. */
export async function listApplications(db: JobsmithDb): Promise<TrackedApplication[]> {
  const [apps, jobs, documents] = await Promise.all([db.applications.toArray(), db.jobs.toArray(), db.documents.toArray()]);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return apps
    .filter((a) => a.deletedAt === null)
    .flatMap((application) => {
      const job = byId.get(application.jobId);
      const resumeSent = application.resumeDocumentId ? (titles.get(application.resumeDocumentId) ?? null) : null;
      return job && job.deletedAt === null ? [{ application, job, resumeSent }] : [];
    })
    .sort((a, b) => b.application.createdAt - a.application.createdAt);
}

/**
 * The user submitted the application for this job: its application moves to "applied" (the
 * job is saved first when it was not). One transaction, queued for sync.
 */
export async function markApplied(
  db: JobsmithDb,
  capture: JobCapture,
  now: number,
  /** The resume document autofill attached to this form, if it did. */
  resumeDocumentId: string | null = null,
): Promise<Application> {
  return db.transaction('rw', db.jobs, db.applications, db.outbox, db.events, async () => {
    const saved = await saveJob(db, capture, now);
    const job = saved.job;
    const existing =
      saved.status === 'saved'
        ? saved.application
        : (await db.applications.where('jobId').equals(job.id).toArray()).find((a) => a.deletedAt === null);
    if (!existing) throw new Error(`the saved job ${job.id} has no application`);
    const moved = changeStatus(existing, 'applied', now);
    const applied =
      resumeDocumentId && moved.resumeDocumentId !== resumeDocumentId ? { ...moved, resumeDocumentId, updatedAt: now } : moved;
    return applied === existing ? existing : recordChange(db, 'application', existing, applied, now);
  });
}
