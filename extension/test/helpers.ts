import 'fake-indexeddb/auto';
import { newId } from '../../shared/ids.ts';
import { dedupeKey } from '../../shared/job/dedupe-key.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { JobsmithDb } from '../db/database.ts';

/** A fresh, empty database per test (fake-indexeddb in memory). */
export function freshDb(): JobsmithDb {
  return new JobsmithDb(`test-${newId()}`);
}

export function capture(title = 'Payroll Specialist', company = 'Globex'): JobCapture {
  return {
    source: 'ashby',
    sourceId: null,
    url: 'https://jobs.ashbyhq.com/globex/1',
    canonicalUrl: null,
    applyUrl: null,
    title,
    company,
    locations: ['Remote'],
    workplace: 'remote',
    employmentType: null,
    salary: null,
    postedAt: null,
    description: 'Run payroll.',
    dedupeKey: dedupeKey(company, title),
  };
}
