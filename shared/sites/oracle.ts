import { named } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

export const oracle = defineSite({
  id: 'oracle',
  label: 'Oracle (Taleo / Recruiting Cloud)',
  kind: 'ats',
  matches: [
    // Taleo Enterprise career sections: jobdetail.ftl, jobapply.ftl and the application flow under them.
    'https://*.taleo.net/careersection/*',
    // Recruiting Cloud's Candidate Experience app; the rest of oraclecloud.com is Oracle's other cloud services.
    'https://*.oraclecloud.com/hcmUI/CandidateExperience/*',
  ],
  formHosts: ['taleo.net', 'oraclecloud.com'],
  fieldRules: [
    // Taleo's application pages end each JSF id with the data-view field it edits.
    { field: 'firstName', why: 'Taleo first name', test: named(/dv_cs_candidate_personal_info_FirstName$/) },
    { field: 'lastName', why: 'Taleo last name', test: named(/dv_cs_candidate_personal_info_LastName$/) },
    { field: 'email', why: 'Taleo email', test: named(/dv_cs_candidate_personal_info_EmailAddress$/) },
    { field: 'phone', why: 'Taleo mobile phone', test: named(/dv_cs_candidate_personal_info_MobilePhone$/) },
    { field: 'address', why: 'Taleo street address', test: named(/dv_cs_candidate_personal_info_Address$/) },
    { field: 'city', why: 'Taleo city', test: named(/dv_cs_candidate_personal_info_City$/) },
    { field: 'postalCode', why: 'Taleo ZIP code', test: named(/dv_cs_candidate_personal_info_ZipCode$/) },
    // "Place of Residence": cascading lists, country first, then its states (filled once the page lists them).
    {
      field: 'country',

      why: 'Taleo place of residence: country',
      test: named(/dv_cs_candidate_personal_info_ResidenceLocation-0$/),
    },
    {
      field: 'state',

      why: 'Taleo place of residence: state',
      test: named(/dv_cs_candidate_personal_info_ResidenceLocation-1$/),
    },
    // Recruiting Cloud's email step names its box primary-email.
    { field: 'email', why: 'Oracle Recruiting Cloud email', test: named(/^primary-email(-\d+)?$/) },
    // Its phone row labels the dialling-code picker "Phone Number"; the digits box beside it is the phone.
    { field: 'phoneCountryCode', why: 'Oracle Recruiting Cloud dialling code', test: named(/^country-codes-dropdown/) },
  ],
  testUrls: [
    'https://prairierail.taleo.net/careersection/ext/jobdetail.ftl?job=2600412&lang=en',
    'https://prairierail.taleo.net/careersection/2/jobapply.ftl?job=2600412&lang=en',
    'https://ehpv.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/2045187',
    'https://fa-ehpv-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/2045187/apply/section/1',
  ],
});
