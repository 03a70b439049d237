import { defineSite } from './site.ts';

export const ashby = defineSite({
  id: 'ashby',
  label: 'Ashby',
  kind: 'ats',
  matches: ['https://jobs.ashbyhq.com/*'],
  // Public job posting API (developers.ashbyhq.com/docs/public-job-posting-api).
  boardApi: ['https://api.ashbyhq.com/*'],
  formHosts: ['ashbyhq.com'],
  testUrls: [
    'https://jobs.ashbyhq.com/Superhuman%20Platform%20Inc/700c8d97-6ee3-4cb3-afff-b1e2fa157b1c',
    'https://jobs.ashbyhq.com/parcelpilot/0b7e5c1a-4f2d-4c3b-9a8e-7d6c5b4a3f21/application',
  ],
});
