import { named } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

export const bamboohr = defineSite({
  id: 'bamboohr',
  label: 'BambooHR',
  kind: 'ats',
  // Each employer's careers site: its list of openings, each job, and the job's form on the same page.
  matches: ['https://*.bamboohr.com/careers*'],
  formHosts: ['bamboohr.com'],
  // The form names its address boxes "<field>.value"; their ids are generated per load.
  fieldRules: [
    { field: 'address', why: 'BambooHR street address', test: named(/^streetAddress\.value$/) },
    { field: 'city', why: 'BambooHR city', test: named(/^city\.value$/) },
    { field: 'state', why: 'BambooHR state', test: named(/^state\.value$/) },
    { field: 'postalCode', why: 'BambooHR ZIP code', test: named(/^zip\.value$/) },
    { field: 'country', why: 'BambooHR country', test: named(/^countryId\.value$/) },
    { field: 'linkedin', why: 'BambooHR LinkedIn URL', test: named(/^linkedinUrl$/) },
    { field: 'portfolio', why: 'BambooHR website', test: named(/^websiteUrl$/) },
    { field: 'salaryExpectation', why: 'BambooHR desired pay', test: named(/^desiredPay$/) },
    { field: 'degree', why: 'BambooHR highest education', test: named(/^educationLevelId$/) },
  ],
  testUrls: [
    'https://driftwoodcoffee.bamboohr.com/careers/57',
    'https://driftwoodcoffee.bamboohr.com/careers/57?source=aWQ9MTI%3D',
    'https://acmeanalytics.bamboohr.com/careers',
  ],
});
