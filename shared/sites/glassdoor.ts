import { defineSite } from './site.ts';

/**
 * Glassdoor's country sites (the hreflang list its pages publish) and the path of each one's
 * job search, which is named in the site's language. Language subdomains (fr.glassdoor.ca,
 * de.glassdoor.ch) are covered by the wildcard.
 */
const COUNTRY_SITES: ReadonlyArray<readonly [host: string, search: string]> = [
  ['glassdoor.com', 'Job'],
  ['glassdoor.co.uk', 'Job'],
  ['glassdoor.ie', 'Job'],
  ['glassdoor.ca', 'Job'],
  ['glassdoor.com.au', 'Job'],
  ['glassdoor.co.nz', 'Job'],
  ['glassdoor.co.in', 'Job'],
  ['glassdoor.sg', 'Job'],
  ['glassdoor.com.hk', 'Job'],
  ['glassdoor.de', 'Job'],
  ['glassdoor.at', 'Job'],
  ['glassdoor.ch', 'Job'],
  ['glassdoor.fr', 'Emploi'],
  ['glassdoor.be', 'Emploi'],
  ['glassdoor.es', 'Empleo'],
  ['glassdoor.com.mx', 'Empleo'],
  ['glassdoor.com.ar', 'Empleo'],
  ['glassdoor.it', 'Lavoro'],
  ['glassdoor.nl', 'Vacature'],
  ['glassdoor.com.br', 'Vaga'],
];

export const glassdoor = defineSite({
  id: 'glassdoor',
  label: 'Glassdoor',
  kind: 'board',
  // A job's own page (/job-listing/...?jl=<id>) and the search page with its detail pane.
  matches: COUNTRY_SITES.flatMap(([host, search]) => [`https://*.${host}/job-listing/*`, `https://*.${host}/${search}/*`]),
  formHosts: COUNTRY_SITES.map(([host]) => host), // its Easy Apply runs on its own pages
  testUrls: [
    'https://www.glassdoor.com/job-listing/senior-data-engineer-northwind-analytics-JV_IC1139761_KO0,20_KE21,40.htm?jl=1009633080810',
    'https://www.glassdoor.co.uk/Job/london-england-data-engineer-jobs-SRCH_IL.0,14_IC2671300_KO15,28.htm',
    'https://www.glassdoor.de/Job/berlin-softwareentwickler-jobs-SRCH_IL.0,6_IC2622109_KO7,25.htm?jl=1009745232755',
    'https://www.glassdoor.com.au/job-listing/registered-nurse-kestrel-health-JV_IC2235932_KO0,16_KE17,31.htm?jl=1009698755401',
  ],
});
