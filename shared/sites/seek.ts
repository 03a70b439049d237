import { defineSite } from './site.ts';

// SEEK's two sites; their pages and markup are the same app.
const HOSTS = ['www.seek.com.au', 'www.seek.co.nz'] as const;

export const seek = defineSite({
  id: 'seek',
  label: 'SEEK',
  kind: 'board',
  matches: HOSTS.flatMap((host) => [
    `https://${host}/job/*`, // a job's page and its Quick Apply flow (/job/<id>/apply)
    `https://${host}/*-jobs*`, // searches ("/nurse-jobs/in-Auckland"), whose detail pane is ?jobId=<id>
    `https://${host}/jobs*`, // searches without keywords ("/jobs?jobId=<id>", "/jobs-in-accounting")
  ]),
  formHosts: ['seek.com.au', 'seek.co.nz'], // Quick Apply
  testUrls: [
    'https://www.seek.com.au/job/81234567',
    'https://www.seek.com.au/job/81234567/apply',
    'https://www.seek.co.nz/data-analyst-jobs/in-All-Auckland?jobId=80123456&type=standard',
    'https://www.seek.co.nz/jobs?jobId=80123456',
  ],
});
