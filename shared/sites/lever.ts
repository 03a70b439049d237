import { all, kind, named } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

export const lever = defineSite({
  id: 'lever',
  label: 'Lever',
  kind: 'ats',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  // Postings API (github.com/lever/postings-api), global and EU instances.
  boardApi: ['https://api.lever.co/*', 'https://api.eu.lever.co/*'],
  formHosts: ['lever.co'],
  // Lever names its link fields urls[<Label>] and its one name field "name".
  fieldRules: [
    { field: 'linkedin', why: 'Lever urls[LinkedIn]', test: named(/urls\[linkedin\]/i) },
    { field: 'github', why: 'Lever urls[GitHub]', test: named(/urls\[github\]/i) },
    { field: 'portfolio', why: 'Lever urls[Portfolio]', test: named(/urls\[(portfolio|other|website)\]/i) },
    { field: 'fullName', why: 'Lever name field', test: all(named(/^name$/i), kind('text')) },
    { field: 'currentCompany', why: 'Lever org field', test: named(/^org$/i) },
  ],
  testUrls: [
    'https://jobs.lever.co/zoox/6a0e5b4c-3d2f-4e1a-9b8c-7d6e5f4a3b2c/apply',
    'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c',
    'https://jobs.eu.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c',
  ],
});
