import { defineSite, onCustomerSubdomains } from './site.ts';

export const personio = defineSite({
  id: 'personio',
  label: 'Personio',
  kind: 'ats',
  // Career pages live at <company>.jobs.personio.de or .jobs.personio.com: a job is /job/<id>,
  // its form /job/<id>/apply (both often with ?language=…). The board API is the XML position
  // feed, /xml on the careers host (developer.personio.de/docs/retrieving-open-job-positions).
  ...onCustomerSubdomains(['jobs.personio.de', 'jobs.personio.com'], 'job/*'),
  testUrls: [
    'https://alpenkorn.jobs.personio.de/job/1948372?language=en&display=en',
    'https://alpenkorn.jobs.personio.de/job/1948372/apply?language=en',
    'https://greenbone-ag.jobs.personio.com/job/2546372',
  ],
});
