import { savedApplication } from '../applications.ts';
import type { Application, ApplicationStatus } from '../schemas/application.ts';
import { newSyncMeta } from '../schemas/common.ts';
import type { JobsmithDocument } from '../schemas/document.ts';
import type { Job, JobSource } from '../schemas/job.ts';
import { siteById } from '../sites/registry.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { DAY } from './dates.ts';

/** 1 Oct 2026, a Thursday: day 0 of the test data. */
export const D0 = Date.UTC(2026, 9, 1);
export const day = (n: number) => D0 + n * DAY;

/** A page of the source's own site (its unit's first test URL), or a career site for JSON-LD and generic pages. */
function urlOf(source: JobSource): string {
  return siteById(source)?.testUrls[0] ?? 'https://careers.example.com/jobs/1';
}

export function testJob(id: string, source: JobSource, extra: Partial<Job> = {}): Job {
  return {
    ...sampleCapture({ source, url: urlOf(source), title: 'Data Engineer' }),
    ...newSyncMeta(id, D0),
    capturedAt: D0,
    ...extra,
  };
}

/** An application whose history visits each [status, day] in turn, starting saved on day 0. */
export function testApplication(
  id: string,
  jobId: string,
  steps: Array<[ApplicationStatus, number]>,
  extra: Partial<Application> = {},
): Application {
  const history = [{ status: 'saved' as const, at: D0 }, ...steps.map(([status, n]) => ({ status, at: day(n) }))];
  const last = history[history.length - 1] as { status: ApplicationStatus };
  const applied = steps.find(([s]) => s === 'applied');
  return {
    ...savedApplication(id, jobId, D0),
    status: last.status,
    statusHistory: history,
    appliedAt: applied ? day(applied[1]) : null,
    ...extra,
  };
}

/** An imported resume, or one tailored for a `jobTitle` job; made on day 0 unless `at` says when. */
export function testResume(id: string, tailored: boolean, at = D0, jobTitle = 'Data Engineer'): JobsmithDocument {
  return {
    ...newSyncMeta(id, at),
    kind: 'resume',
    jobId: null,
    applicationId: null,
    title: tailored ? `Resume for ${jobTitle} (v1)` : 'resume.pdf',
    content: tailored ? { kind: 'resume', provider: 'offline' } : { origin: 'imported', fileName: 'resume.pdf' },
    rendererVersion: tailored ? '1' : 'imported',
  };
}
