import { automation } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

export const smartrecruiters = defineSite({
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  kind: 'ats',
  matches: [
    // Job ads (/<Company>/<id>-<slug>) and the apply form (/oneclick-ui/company/<Company>/publication/<uuid>).
    'https://jobs.smartrecruiters.com/*',
    // Company career sites, which list the job ads.
    'https://careers.smartrecruiters.com/*',
  ],
  // Posting API (developers.smartrecruiters.com, "list postings", "retrieve a posting").
  boardApi: ['https://api.smartrecruiters.com/*'],
  formHosts: ['smartrecruiters.com'],
  // Its controls have generated ids and no names; data-sr-id names them.
  formHints: { hookAttribute: 'data-sr-id' },
  fieldRules: [
    {
      // The one-click form's "City" looks up whole places ("Denver, CO, US", "Denver, PA, US"): the
      // profile's location picks the right one, the city alone cannot.
      field: 'currentLocation',

      why: 'SmartRecruiters place lookup',
      test: automation(/^data-sr-id=location-autocomplete-search-search-input$/),
    },
  ],
  testUrls: [
    'https://jobs.smartrecruiters.com/Square/743999977220153-staff-software-engineer-identity-and-access-management-trust',
    'https://jobs.smartrecruiters.com/CalderFreight/744000141236507-transport-planner',
    'https://jobs.smartrecruiters.com/oneclick-ui/company/CalderFreight/publication/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f?dcr_ci=CalderFreight',
    'https://careers.smartrecruiters.com/WesternDigital',
  ],
});
