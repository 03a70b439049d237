import { defineSite } from './site.ts';

export const greenhouse = defineSite({
  id: 'greenhouse',
  label: 'Greenhouse',
  kind: 'ats',
  matches: [
    'https://boards.greenhouse.io/*', // classic boards
    'https://job-boards.greenhouse.io/*', // new boards
    'https://boards.eu.greenhouse.io/*', // EU data residency, classic
    'https://job-boards.eu.greenhouse.io/*', // EU data residency, new
  ],
  // Job Board API (developers.greenhouse.io/job-board.html); EU boards are served by the same host.
  boardApi: ['https://boards-api.greenhouse.io/*'],
  formHosts: ['greenhouse.io'],
  // New boards: each education (or employment) entry is a div of this class, its controls named "school--0".
  formHints: { entryClass: /^(education|employment)--form$/ },
  testUrls: [
    'https://boards.greenhouse.io/lumenhealth/jobs/5523344',
    'https://job-boards.greenhouse.io/sonatus/jobs/5071418007',
    'https://job-boards.eu.greenhouse.io/fjordenergy/jobs/4455667',
  ],
});
