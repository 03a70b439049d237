import { defineSite } from './site.ts';

export const wellfound = defineSite({
  id: 'wellfound',
  label: 'Wellfound',
  kind: 'board',
  matches: [
    'https://wellfound.com/jobs*', // a job's page (/jobs/<id>-<slug>) and the job search with its open listing (?job_listing_slug=)
    'https://wellfound.com/company/*/jobs*', // a startup's jobs tab
  ],
  formHosts: ['wellfound.com'], // applications are sent on Wellfound itself
  testUrls: [
    'https://wellfound.com/jobs/3518842-senior-backend-engineer',
    'https://wellfound.com/jobs?job_listing_slug=3518842-senior-backend-engineer',
    'https://wellfound.com/company/tidewater-labs/jobs/3518842-senior-backend-engineer',
  ],
});
