import { defineSite } from './site.ts';

export const linkedin = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  kind: 'board',
  matches: [
    'https://www.linkedin.com/jobs/*', // logged-in job view, search and collections
    'https://*.linkedin.com/jobs/*', // guest job pages on country subdomains
  ],
  formHosts: ['linkedin.com'], // Easy Apply: the form is LinkedIn's own
  testUrls: [
    'https://www.linkedin.com/jobs/view/4374244548/',
    'https://www.linkedin.com/jobs/search/?currentJobId=4185843819&keywords=assistant',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4011111111',
    'https://nl.linkedin.com/jobs/view/graduate-data-engineer-at-flow-traders-4374244548',
  ],
});

/** A LinkedIn address among a resume's links: the user's profile. */
export const LINKEDIN_LINK = /linkedin\.com/i;
