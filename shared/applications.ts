import { newId } from './ids.ts';
import type { Application, ApplicationStatus } from './schemas/application.ts';
import { newSyncMeta } from './schemas/common.ts';
import type { Job, JobCapture } from './schemas/job.ts';

/** A saved job and its application record, created together when the user clicks "Save". */
export function newSavedJob(capture: JobCapture, now: number): { job: Job; application: Application } {
  const job: Job = { ...capture, ...newSyncMeta(newId(now), now), capturedAt: now };
  return { job, application: savedApplication(newId(now), job.id, now) };
}

/** The application of a job saved at `now`: status saved and nothing else filled in yet. */
export function savedApplication(id: string, jobId: string, now: number): Application {
  return {
    ...newSyncMeta(id, now),
    jobId,
    status: 'saved',
    statusHistory: [{ status: 'saved', at: now }],
    appliedAt: null,
    notes: '',
    contacts: [],
    resumeDocumentId: null,
    followUpAt: null,
    interviews: [],
    nextAction: null,
  };
}

/** Moves an application to a new status, keeping the history; a no-op for the same status. */
export function changeStatus(app: Application, status: ApplicationStatus, now: number): Application {
  if (app.status === status) return app;
  return {
    ...app,
    status,
    statusHistory: [...app.statusHistory, { status, at: now }],
    appliedAt: status === 'applied' && app.appliedAt === null ? now : app.appliedAt,
    updatedAt: now,
  };
}
