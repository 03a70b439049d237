import { type FakeApi, json } from './fake-api.ts';
import { descriptionHtml, type FakeBoard, type FakePosting } from './postings.ts';

/** Ashby's public posting API as it answers GET /posting-api/job-board/{board}: all jobs, pay with includeCompensation=true (see shared/boards/ashby.ts). */

const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'OnSite' } as const;
const INTERVAL = { year: '1 YEAR', month: '1 MONTH', hour: '1 HOUR' } as const;
const EMPLOYMENT = { 'full-time': 'FullTime', 'part-time': 'PartTime', contract: 'Contract', internship: 'Intern' } as const;

function compensation(p: FakePosting) {
  if (!p.pay)
    return { compensationTierSummary: null, scrapeableCompensationSalarySummary: null, compensationTiers: [], summaryComponents: [] };
  const salary = {
    compensationType: 'Salary',
    interval: INTERVAL[p.pay.period],
    currencyCode: p.pay.currency,
    minValue: p.pay.min,
    maxValue: p.pay.max,
  };
  const equity = { compensationType: 'EquityPercentage', interval: 'NONE', currencyCode: null, minValue: null, maxValue: null };
  const summary = `${p.pay.currency} ${p.pay.min / 1000}K – ${p.pay.max / 1000}K • Offers Equity`;
  return {
    compensationTierSummary: summary,
    scrapeableCompensationSalarySummary: `${p.pay.min / 1000}K - ${p.pay.max / 1000}K`,
    compensationTiers: [
      { id: `tier-${p.id}`, tierSummary: summary, title: 'Zone A', additionalInformation: null, components: [salary, equity] },
    ],
    summaryComponents: [salary, equity],
  };
}

function job(board: FakeBoard, p: FakePosting, withPay: boolean) {
  const id = `${p.id.padStart(8, '0')}-6ee3-4cb3-afff-b1e2fa157b1c`;
  const url = `https://jobs.ashbyhq.com/${encodeURIComponent(board.ref.slug)}/${id}`;
  return {
    id,
    title: p.title,
    department: p.department,
    team: 'Core',
    employmentType: p.employment ? EMPLOYMENT[p.employment] : 'FullTime',
    location: p.city,
    secondaryLocations:
      p.workplace === 'remote' ? [{ location: `Remote (${p.country})`, address: { postalAddress: { addressCountry: p.country } } }] : [],
    publishedAt: p.postedAt.replace('Z', '+00:00'),
    isListed: p.unlisted !== true,
    isRemote: p.workplace === 'remote',
    workplaceType: p.workplace ? WORKPLACE[p.workplace] : null,
    address: { postalAddress: { addressLocality: p.city.split(',')[0], addressCountry: p.country } },
    jobUrl: url,
    applyUrl: `${url}/application`,
    descriptionHtml: descriptionHtml(p),
    descriptionPlain: p.summary,
    ...(withPay ? { shouldDisplayCompensationOnJobPostings: p.pay !== null, compensation: compensation(p) } : {}),
  };
}

export const fakeAshby: FakeApi = {
  kind: 'ashby',
  owns: (url) => url.hostname === 'api.ashbyhq.com',
  serve(board, request) {
    if (
      request.url.hostname !== 'api.ashbyhq.com' ||
      request.url.pathname !== `/posting-api/job-board/${encodeURIComponent(board.ref.slug)}`
    )
      return null;
    const withPay = request.url.searchParams.get('includeCompensation') === 'true';
    return json({ apiVersion: '1', jobs: board.postings.map((p) => job(board, p, withPay)) });
  },
};
