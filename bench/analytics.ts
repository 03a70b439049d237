import { DAY } from '../shared/analytics/dates.ts';
import { newSavedJob } from '../shared/applications.ts';
import { newId } from '../shared/ids.ts';
import type { Application } from '../shared/schemas/application.ts';
import type { EventType } from '../shared/schemas/event.ts';
import type { JobSource } from '../shared/schemas/job.ts';
import { sampleCapture } from '../shared/testing/sample-job.ts';
import { alongPath } from './application-paths.ts';
import { withInProcessApi } from './in-process-api.ts';
import { measure, type Summary } from './stats.ts';

type Recorder = (name: string, summary: Summary, unit?: string) => void;

const EVENTS = 100_000;
const APPLICATIONS = 500;
const BATCH = 500;

const SOURCES: Array<[JobSource, string]> = [
  ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/'],
  ['lever', 'https://jobs.lever.co/acme/'],
  ['linkedin', 'https://www.linkedin.com/jobs/view/'],
  ['indeed', 'https://www.indeed.com/viewjob?jk='],
  ['workday', 'https://acme.wd1.myworkdayjobs.com/jobs/'],
  ['ashby', 'https://jobs.ashbyhq.com/acme/'],
];
const TYPES: EventType[] = [
  'job_viewed',
  'job_viewed',
  'job_viewed',
  'job_saved',
  'tailored',
  'autofilled',
  'submitted',
  'status_changed',
  'generation',
];

/** The applications of a job search: `APPLICATIONS` saved jobs over the last 130 days, each moved along its path (application-paths.ts). */
function searchApplications(now: number): Application[] {
  const applications: Application[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const [source, url] = SOURCES[i % SOURCES.length] as [JobSource, string];
    const saved = now - (10 + (i % 120)) * DAY;
    const capture = sampleCapture({
      source,
      url: `${url}${1000 + i}`,
      sourceId: String(1000 + i),
      title: i % 3 === 0 ? 'Senior Backend Engineer' : i % 3 === 1 ? 'Platform Engineer' : 'Data Engineer',
      company: `Company ${i}`,
      descriptionHtml: `<h3>Requirements</h3><ul><li>${3 + (i % 5)}+ years of Go or Python</li><li>Kubernetes and PostgreSQL</li><li>${i % 2 ? 'Kafka' : 'AWS'}</li></ul>`,
    });
    applications.push(alongPath(newSavedJob(capture, saved).application, i, saved, 6));
  }
  return applications;
}

function eventBatch(start: number, now: number, applications: Application[]) {
  return Array.from({ length: BATCH }, (_, k) => {
    const i = start + k;
    const type = TYPES[i % TYPES.length] as EventType;
    const app = applications[i % applications.length] as Application;
    const at = now - Math.floor(((i * 7919) % (120 * 1440)) * 60_000);
    const props =
      type === 'generation' ? { task: 'resume', provider: 'anthropic', costUsd: 0.0021, inputTokens: 9000, outputTokens: 1500 } : {};
    return { id: newId(at), type, at, applicationId: app.id, jobId: app.jobId, props, v: 1 };
  });
}

/**
 * Analytics events at the worker, in-process (app.request) against its own database: one user's
 * 100,000 events about 500 applications, sent as the extension sends them, 500 a batch. Records
 * the time of a batch of new events and of a batch sent again (all duplicates). The Analytics tab
 * computes its summary on the device, so no read of them is timed here.
 */
export async function analyticsBench(record: Recorder): Promise<void> {
  await withInProcessApi({}, async ({ call, signUp, database }) => {
    const token = await signUp();

    const now = Date.now();
    const applications = searchApplications(now);
    const batches = Array.from({ length: EVENTS / BATCH }, (_, b) => JSON.stringify({ events: eventBatch(b * BATCH, now, applications) }));
    const post = async (body: string) =>
      (await call('/v1/events', { method: 'POST', body }, token)) as { stored: string[]; duplicates: string[] };
    record(
      `analytics: POST /v1/events, batch of ${BATCH} new events (in-process, ${database})`,
      await measure(batches.length, 1, async (i) => {
        const result = await post(batches[i] as string);
        if (result.stored.length !== BATCH) throw new Error(`batch ${i}: stored ${result.stored.length}`);
      }),
    );
    record(
      `analytics: POST /v1/events, batch of ${BATCH} sent again (all duplicates, in-process, ${database})`,
      await measure(20, 1, async (i) => {
        const result = await post(batches[i] as string);
        if (result.duplicates.length !== BATCH) throw new Error(`batch ${i}: ${result.duplicates.length} duplicates`);
      }),
    );
  });
}
