import { automation } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

export const workable = defineSite({
  id: 'workable',
  label: 'Workable',
  kind: 'ats',
  // Careers pages: apply.workable.com/<account>/ lists the jobs, /<account>/j/<shortcode>/ is a job
  // and /<account>/j/<shortcode>/apply/ its form (one SPA, tabs between the two).
  matches: ['https://apply.workable.com/*/j/*'],
  // The job widget API (/api/v1/widget/accounts/<account>) behind Workable's embeddable job list.
  boardApi: ['https://apply.workable.com/*'],
  formHosts: ['workable.com'],
  // Every control carries data-ui; file inputs have nothing else.
  formHints: { hookAttribute: 'data-ui' },
  fieldRules: [
    // "Address" asks "Include your city, region, and country": where the applicant lives, not a street.
    {
      field: 'currentLocation',

      why: 'Workable address: where you live (city, region, country)',
      test: automation(/^data-ui=address$/),
    },
  ],
  testUrls: [
    'https://apply.workable.com/quillfeather/j/5C1E8A7F20/',
    'https://apply.workable.com/quillfeather/j/5C1E8A7F20/apply/',
    'https://apply.workable.com/huble/j/927FD30DD5/',
  ],
});
