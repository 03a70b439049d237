import { changeStatus } from '../../shared/applications.ts';
import type { Application, ApplicationStatus } from '../../shared/schemas/application.ts';
import type { Job, JobCapture } from '../../shared/schemas/job.ts';
import type { JobsmithDb } from './database.ts';
import { recordEvent } from './events.ts';
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

/**
 * Moves each application to `status` (history kept by `changeStatus`), queues the changes for
 * sync and records a status_changed event for each that moved, all in one transaction.
 * Returns the applications as stored; one already in that status is returned unchanged.
 */
export async function setStatus(db: JobsmithDb, ids: readonly string[], status: ApplicationStatus, now: number): Promise<Application[]> {
  return db.transaction('rw', db.applications, db.outbox, db.events, async () => {
    const out: Application[] = [];
    for (const before of await liveApplications(db, ids)) {
      const after = changeStatus(before, status, now);
      if (after === before) {
        out.push(before);
        continue;
      }
      out.push(await recordChange(db, 'application', before, after, now));
      await recordEvent(
        db,
        'status_changed',
        { jobId: before.jobId, applicationId: before.id, props: { from: before.status, to: status } },
        now,
      );
    }
    return out;
  });
}

/** The parts of an application the tracker's detail view edits. */
export type ApplicationEdit = Partial<Pick<Application, 'notes' | 'contacts' | 'interviews' | 'nextAction' | 'followUpAt'>>;

/** Saves the user's edits to one application, queued for sync. */
export async function updateApplication(db: JobsmithDb, id: string, edit: ApplicationEdit, now: number): Promise<Application> {
  return db.transaction('rw', db.applications, db.outbox, async () => {
    const [before] = await liveApplications(db, [id]);
    if (!before) throw new Error(`no application ${id}`);
    return recordChange(db, 'application', before, { ...before, ...edit, updatedAt: now }, now);
  });
}

/**
 * Deletes applications and their jobs as tombstones (so the delete syncs). The job goes too:
 * a job left behind would make "Save" on its page say it is already saved.
 */
export async function deleteApplications(db: JobsmithDb, ids: readonly string[], now: number): Promise<void> {
  await setDeleted(db, ids, now, now);
}

/** Undoes `deleteApplications`: the applications and their jobs are live again. */
export async function restoreApplications(db: JobsmithDb, ids: readonly string[], now: number): Promise<void> {
  await setDeleted(db, ids, null, now);
}

async function setDeleted(db: JobsmithDb, ids: readonly string[], deletedAt: number | null, now: number): Promise<void> {
  await db.transaction('rw', db.applications, db.jobs, db.outbox, async () => {
    const apps = (await db.applications.bulkGet([...ids])).filter((a): a is Application => a !== undefined && a.deletedAt !== deletedAt);
    const jobs = await db.jobs.bulkGet(apps.map((a) => a.jobId));
    for (const [i, app] of apps.entries()) {
      await recordChange(db, 'application', app, { ...app, deletedAt, updatedAt: now }, now);
      const job = jobs[i];
      if (job && job.deletedAt !== deletedAt) await recordChange(db, 'job', job, { ...job, deletedAt, updatedAt: now }, now);
    }
  });
}

async function liveApplications(db: JobsmithDb, ids: readonly string[]): Promise<Application[]> {
  return (await db.applications.bulkGet([...ids])).filter((a): a is Application => a !== undefined && a.deletedAt === null);
}
