import { defineSite } from './site.ts';

export const jobvite = defineSite({
  id: 'jobvite',
  label: 'Jobvite',
  kind: 'ats',
  // Career sites (/<company>/jobs), job pages (/<company>/job/<id>) and their forms (…/apply).
  matches: ['https://jobs.jobvite.com/*'],
  formHosts: ['jobvite.com'],
  testUrls: [
    'https://jobs.jobvite.com/larkspur/job/oQ7rXfwK',
    'https://jobs.jobvite.com/larkspur/job/oQ7rXfwK/apply',
    'https://jobs.jobvite.com/progress/job/oWtBAfwk',
    'https://jobs.jobvite.com/careers/progress/job/oWtBAfwk',
  ],
});
