import { changeStatus, newSavedJob } from '../applications.ts';
import type { ApplicationStatus } from '../schemas/application.ts';
import type { JobSource } from '../schemas/job.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import type { TrackerRow } from './row.ts';

const DAY = 86_400_000;
/** 2026-01-01T00:00:00Z: dates in tests are days after it. */
export const START = Date.UTC(2026, 0, 1);

export interface RowSpec {
  title: string;
  company: string;
  source?: JobSource;
  /** Days after START the job was saved. */
  savedDay: number;
  /** Statuses it moved through after "saved", one day apart after it was saved. */
  moves?: ApplicationStatus[];
  score?: number | null;
}

/** A tracker row built the way the extension builds one: saved, then moved through statuses. */
export function row(spec: RowSpec): TrackerRow {
  const savedAt = START + spec.savedDay * DAY;
  const capture = sampleCapture({
    source: spec.source ?? 'lever',
    url: `https://jobs.lever.co/${encodeURIComponent(spec.company || 'x')}/${encodeURIComponent(spec.title)}`,
    title: spec.title,
    company: spec.company,
  });
  const { job, application } = newSavedJob(capture, savedAt);
  const moved = (spec.moves ?? []).reduce((app, status, i) => changeStatus(app, status, savedAt + (i + 1) * DAY), application);
  return { application: moved, job, score: spec.score ?? null, resumeSent: null };
}

export function day(n: number): number {
  return START + n * DAY;
}
