import { defineSite, onSubdomains } from './site.ts';

// Career pages live at <company>.jobs.personio.de or .jobs.personio.com.
const HOSTS = ['jobs.personio.de', 'jobs.personio.com'];

export const personio = defineSite({
  id: 'personio',
  label: 'Personio',
  kind: 'ats',
  // A job is /job/<id>, its form /job/<id>/apply (both often with ?language=…).
  matches: onSubdomains(HOSTS, 'job/*'),
  // XML position feed, /xml on the careers host (developer.personio.de/docs/retrieving-open-job-positions).
  boardApi: onSubdomains(HOSTS, '*'),
  formHosts: HOSTS,
  testUrls: [
    'https://alpenkorn.jobs.personio.de/job/1948372?language=en&display=en',
    'https://alpenkorn.jobs.personio.de/job/1948372/apply?language=en',
    'https://greenbone-ag.jobs.personio.com/job/2546372',
  ],
});
