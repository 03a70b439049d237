import { defineSite } from './site.ts';

export const indeed = defineSite({
  id: 'indeed',
  label: 'Indeed',
  kind: 'board',
  // /viewjob and the search page with its detail pane; country sites are subdomains (uk., au., de.).
  matches: ['https://*.indeed.com/*'],
  formHosts: ['indeed.com'], // Indeed Apply
  testUrls: [
    'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
    'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland%2C+OR&vjk=29dd4196cccd7eaf',
    'https://au.indeed.com/viewjob?jk=0f1e2d3c4b5a6978',
  ],
});
