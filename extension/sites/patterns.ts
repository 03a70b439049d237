/**
 * Where Jobsmith reads jobs and fills forms without asking: the sites it has adapters for.
 * Every other career page or ATS is reached through the optional `https://*\/*` permission,
 * which the user grants per site from the panel, so the install prompt stays narrow.
 */
export const SUPPORTED_SITE_MATCHES = [
  'https://www.linkedin.com/jobs/*', // logged-in job view, search and collections
  'https://*.linkedin.com/jobs/*', // guest job pages on country subdomains
  'https://*.indeed.com/*', // /viewjob and search with its detail pane, all country sites
  'https://boards.greenhouse.io/*', // classic Greenhouse boards
  'https://job-boards.greenhouse.io/*', // new Greenhouse boards
  'https://jobs.lever.co/*', // Lever postings and application forms
  'https://*.myworkdayjobs.com/*', // Workday candidate sites
  'https://jobs.ashbyhq.com/*', // Ashby boards
] as const;

/** Lets development and e2e builds read fixture pages served on this machine; never in production. */
export const LOCAL_DEV_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

export const OPTIONAL_HOST_MATCHES = ['https://*/*'] as const;
