import 'fake-indexeddb/auto';
import { newId } from '../../shared/ids.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { JobsmithDb } from '../db/database.ts';

/** A fresh, empty database per test (fake-indexeddb in memory). */
export function freshDb(): JobsmithDb {
  return new JobsmithDb(`test-${newId()}`);
}

export function capture(title = 'Payroll Specialist', company = 'Globex'): JobCapture {
  return sampleCapture({
    source: 'ashby',
    url: 'https://jobs.ashbyhq.com/globex/1',
    sourceId: null,
    title,
    company,
    locations: ['Remote'],
  });
}
