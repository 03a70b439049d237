import { buildJob, type RawJob } from '../job/build-job.ts';
import type { JobCapture } from '../schemas/job.ts';

/** A valid captured job for tests, built the way adapters build one. */
export function sampleCapture(overrides: Partial<RawJob> = {}): JobCapture {
  const job = buildJob({
    source: 'greenhouse',
    url: 'https://boards.greenhouse.io/acme/jobs/123',
    sourceId: '123',
    title: 'Accountant',
    company: 'Acme',
    locations: ['Berlin'],
    descriptionHtml: '<p>Keep the books.</p>',
    ...overrides,
  });
  if (!job) throw new Error('sampleCapture needs a title');
  return job;
}

/** A posting whose description is its list of requirements alone. */
export function jobRequiring(title: string, ...requirements: string[]): JobCapture {
  return sampleCapture({ title, descriptionHtml: `<h3>Requirements</h3><ul>${requirements.map((r) => `<li>${r}</li>`).join('')}</ul>` });
}
