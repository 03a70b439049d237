import { automation } from '../autofill/rule-tests.ts';
import { defineSite, onCustomerSubdomains } from './site.ts';

export const workday = defineSite({
  id: 'workday',
  label: 'Workday',
  kind: 'ats',
  // Every page of a tenant's host. The board API is the career site's own CXS JSON
  // (/wday/cxs/<tenant>/<site>/…), on the site's host; undocumented.
  ...onCustomerSubdomains(['myworkdayjobs.com', 'myworkdaysite.com'], '*'),
  // The application is a wizard (My Information, My Experience, …) in one page.
  wizardStep: '[data-automation-id="progressBarActiveStep"]',
  // My Experience: each section and entry is a group named by its heading ("Work Experience 1",
  // read generically); a section's "Add" (then "Add Another") button is `add-button`, whatever its wording.
  formHints: { addButtonId: 'add-button' },
  // Workday names every control with a data-automation-id.
  fieldRules: [
    { field: 'firstName', why: 'Workday legal first name', test: automation(/legalNameSection_firstName|^firstName$/i) },
    { field: 'lastName', why: 'Workday legal last name', test: automation(/legalNameSection_lastName|^lastName$/i) },
    { field: 'email', why: 'Workday email', test: automation(/^email$|emailAddress/i) },
    { field: 'phone', why: 'Workday phone number', test: automation(/phone-number|phoneNumber/i) },
    { field: 'address', why: 'Workday address line 1', test: automation(/addressSection_addressLine1/i) },
    { field: 'city', why: 'Workday city', test: automation(/addressSection_city/i) },
    { field: 'postalCode', why: 'Workday postal code', test: automation(/addressSection_postalCode/i) },
    { field: 'country', why: 'Workday country', test: automation(/^countryDropdown$|addressSection_country/i) },
    { field: 'resume', why: 'Workday resume upload', test: automation(/file-upload-input-ref|resumeUpload/i) },
  ],
  testUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Chicago-IL/Supply-Chain-Analyst_R-10234/apply/applyManually',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Remote/Buyer_R-1',
  ],
});
