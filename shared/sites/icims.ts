import { defineSite } from './site.ts';

export const icims = defineSite({
  id: 'icims',
  label: 'iCIMS',
  kind: 'ats',
  // Every tenant portal (careers-<company>., uscareers-<company>., <company>.) keeps its job pages,
  // search and apply steps under /jobs/; the job and the form are drawn in an iframe of the same path.
  matches: ['https://*.icims.com/jobs/*'],
  formHosts: ['icims.com'],
  testUrls: [
    'https://careers-harrowvalley.icims.com/jobs/4821/patient-access-representative/job?in_iframe=1',
    'https://careers-gdms.icims.com/jobs/75314/advanced-software-engineer/job',
    'https://uscareers-pepsico.icims.com/jobs/450049/login',
    'https://careers-harrowvalley.icims.com/jobs/4821/patient-access-representative/candidate?from=login&in_iframe=1',
  ],
});
