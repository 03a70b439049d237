import type { Application, ApplicationStatus } from '../schemas/application.ts';
import type { JobsmithDocument } from '../schemas/document.ts';
import type { Job, JobSource } from '../schemas/job.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { DAY } from './dates.ts';

/** 1 Oct 2026, a Thursday: day 0 of the test data. */
export const D0 = Date.UTC(2026, 9, 1);
export const day = (n: number) => D0 + n * DAY;

const URLS: Record<JobSource, string> = {
  linkedin: 'https://www.linkedin.com/jobs/view/1/',
  indeed: 'https://www.indeed.com/viewjob?jk=1',
  greenhouse: 'https://boards.greenhouse.io/acme/jobs/1',
  lever: 'https://jobs.lever.co/acme/1',
  workday: 'https://acme.wd1.myworkdayjobs.com/jobs/1',
  ashby: 'https://jobs.ashbyhq.com/acme/1',
  jsonld: 'https://careers.example.com/jobs/1',
  generic: 'https://careers.example.com/jobs/1',
};

export function testJob(id: string, source: JobSource, extra: Partial<Job> = {}): Job {
  return {
    ...sampleCapture({ source, url: URLS[source], title: 'Data Engineer' }),
    id,
    createdAt: D0,
    updatedAt: D0,
    deletedAt: null,
    clocks: {},
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
    id,
    createdAt: D0,
    updatedAt: D0,
    deletedAt: null,
    clocks: {},
    jobId,
    status: last.status,
    statusHistory: history,
    appliedAt: applied ? day(applied[1]) : null,
    notes: '',
    contacts: [],
    resumeDocumentId: null,
    followUpAt: null,
    interviews: [],
    nextAction: null,
    ...extra,
  };
}

export function testResume(id: string, tailored: boolean): JobsmithDocument {
  return {
    id,
    createdAt: D0,
    updatedAt: D0,
    deletedAt: null,
    clocks: {},
    kind: 'resume',
    jobId: null,
    applicationId: null,
    title: tailored ? 'Resume for Data Engineer (v1)' : 'resume.pdf',
    content: tailored ? { kind: 'resume', provider: 'offline' } : { origin: 'imported', fileName: 'resume.pdf' },
    rendererVersion: tailored ? '1' : 'imported',
  };
}
