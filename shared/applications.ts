import { newId } from './ids.ts';
import type { Application, ApplicationStatus } from './schemas/application.ts';
import type { Job, JobCapture } from './schemas/job.ts';

/** A saved job and its application record, created together when the user clicks "Save". */
export function newSavedJob(capture: JobCapture, now: number): { job: Job; application: Application } {
  const job: Job = {
    ...capture,
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    clocks: {},
    capturedAt: now,
  };
  const application: Application = {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    clocks: {},
    jobId: job.id,
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
  return { job, application };
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
