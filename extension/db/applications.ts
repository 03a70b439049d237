import type { Application } from '../../shared/schemas/application.ts';
import type { Job } from '../../shared/schemas/job.ts';
import type { JobsmithDb } from './database.ts';

export interface TrackedApplication {
  application: Application;
  job: Job;
}

/** Every live application with its job, newest first. */
export async function listApplications(db: JobsmithDb): Promise<TrackedApplication[]> {
  const [apps, jobs] = await Promise.all([db.applications.toArray(), db.jobs.toArray()]);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  return apps
    .filter((a) => a.deletedAt === null)
    .flatMap((application) => {
      const job = byId.get(application.jobId);
      return job && job.deletedAt === null ? [{ application, job }] : [];
    })
    .sort((a, b) => b.application.createdAt - a.application.createdAt);
}
