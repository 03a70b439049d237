import { named } from '../autofill/rule-tests.ts';
import { defineSite } from './site.ts';

/** The career pods' hosts (career5.successfactors.eu, career41.sapsf.com, career55.sapsf.eu). */
const PODS = ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'];

export const successfactors = defineSite({
  id: 'successfactors',
  label: 'SAP SuccessFactors',
  kind: 'ats',
  matches: [
    // Career Site Builder (Recruiting Marketing) postings and their apply hand-off, on SAP's hosts.
    'https://*.jobs2web.com/job/*',
    'https://*.jobs2web.com/talentcommunity/apply/*',
    // The career pods' job listings and application pages (/career?career_ns=job_listing..., /careers?company=...),
    // and the candidate profile an application asks for first (/portalcareer?..., seen on career55.sapsf.eu).
    ...PODS.flatMap((host) => [`https://*.${host}/career*`, `https://*.${host}/portalcareer*`]),
  ],
  formHosts: [...PODS, 'jobs2web.com'],
  // The career pods' application page ids its candidate-profile fields (fbclc_*) and address (tor__f*) the same on every tenant.
  fieldRules: [
    { field: 'firstName', why: 'SuccessFactors first name', test: named(/^fbclc_fName$/) },
    { field: 'lastName', why: 'SuccessFactors last name', test: named(/^fbclc_lName$/) },
    // The sign-in email and its retype box both take the email.
    { field: 'email', why: 'SuccessFactors email', test: named(/^fbclc_(userName|emailConf)$/) },
    { field: 'phone', why: 'SuccessFactors phone number', test: named(/^fbclc_phoneNumber$/) },
    { field: 'phoneCountryCode', why: 'SuccessFactors phone country code', test: named(/^fbclc_ituCode$/) },
    { field: 'country', why: 'SuccessFactors country/region of residence', test: named(/^fbclc_country$/) },
    { field: 'address', why: 'SuccessFactors street address', test: named(/^tor__faddress$/) },
    { field: 'city', why: 'SuccessFactors city', test: named(/^tor__fcity$/) },
    { field: 'postalCode', why: 'SuccessFactors ZIP code', test: named(/^tor__fzip$/) },
  ],
  testUrls: [
    'https://nordhavnports.jobs2web.com/job/Aarhus-Senior-Maintenance-Planner-8000/1188213401/',
    'https://rmk-map-12.jobs2web.com/talentcommunity/apply/1188213401/?locale=en_GB',
    'https://career5.successfactors.eu/career?career_ns=job_listing&company=nordhavnP&navBarLevel=JOB_SEARCH&career_job_req_id=48213',
    'https://career41.sapsf.com/careers?company=nordhavnP&career_job_req_id=48213&career_ns=job_application',
    'https://career55.sapsf.eu/portalcareer?_s.crb=nordhavnP&career_ns=job_application',
  ],
});
