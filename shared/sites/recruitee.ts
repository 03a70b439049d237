import { defineSite, onCustomerSubdomains } from './site.ts';

export const recruitee = defineSite({
  id: 'recruitee',
  label: 'Recruitee',
  kind: 'ats',
  // Careers sites live at <company>.recruitee.com: a job is /o/<slug>, and its Application tab
  // /o/<slug>/c/new (the same page, the other tab). Companies on their own domain are not matched.
  // The board API is the Careers Site API, /api/offers/ on the company's careers host (docs.recruitee.com).
  ...onCustomerSubdomains(['recruitee.com'], 'o/*'),
  testUrls: [
    'https://brightloom.recruitee.com/o/backend-engineer-payments',
    'https://brightloom.recruitee.com/o/backend-engineer-payments/c/new',
    'https://holepunch.recruitee.com/o/senior-node-engineer',
  ],
});
