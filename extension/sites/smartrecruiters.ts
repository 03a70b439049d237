import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { allTexts, canonicalUrl, firstHtml, firstText, metaContent } from './dom.ts';

/**
 * SmartRecruiters job ads are server-rendered with schema.org microdata (no JSON-LD); the
 * apply form (oneclick-ui) is an Angular app whose top bar names the job.
 */
const SELECTORS = {
  title: [
    'main.jobad-main h1.job-title', // the job ad's heading (itemprop=title); an IE11 notice's <h1> comes first
    '[data-test="topbar-job-title"]', // the apply form's top bar
  ],
  // The company name as set up in SmartRecruiters, in the ad's microdata.
  companyMeta: ['[itemprop="hiringOrganization"] meta[itemprop="name"]'],
  // The ad's header logo links to the company's site, titled with its name.
  companyLink: ['.jobad-header .header-logo a[title]'],
  // The apply form's logo: alt="<Company> Logo".
  formLogo: ['[data-test="topbar-logo"]'],
  // <spl-job-location formattedaddress="…" workplacetype="hybrid">: the place is drawn in its shadow root.
  location: ['spl-job-location[formattedaddress]'],
  // The address microdata beside it: <meta itemprop="addressLocality" content="Leeds">.
  addressPart: (part: string) => [`[itemprop="address"] meta[itemprop="${part}"]`],
  formLocation: ['[data-test="topbar-location"]'], // the apply form's top bar
  employmentType: ['.job-details [itemprop="employmentType"]'],
  // Company-defined details under the heading: "Department: Operations", "Salary Range: …".
  details: '.job-details li.job-detail:not([itemprop])',
  description: ['.job-sections [itemprop="description"]'],
  apply: ['a#st-apply', 'a.js-oneclick[data-sr-track="apply"]'], // the "I'm interested" buttons
  posted: ['[itemprop="datePosted"]'],
} as const;

// /<Company>/<id>-<slug> for a job ad; /oneclick-ui/company/<Company>/publication/<uuid> for the form.
const AD_PATH = /^\/([^/]+)\/(\d{6,})(?:-|\/|$)/;
const FORM_PATH = /^\/oneclick-ui\/company\/([^/]+)\/publication\/([0-9a-f-]{36})/i;

// workplacetype values as the component receives them, in words detectWorkplace reads.
const WORKPLACE: Record<string, string> = { on_site: 'On-site', remote: 'Remote', hybrid: 'Hybrid' };

// A company-defined detail that states pay.
const PAY_DETAIL = /^(salary|pay|compensation|wage)[^:]{0,30}:\s*(.+)$/i;

// A formatted address with a house number or postcode is a street address, not the place.
const STREET_ADDRESS = /\d/;

/** The attribute of the first selector's element that has it non-empty. */
function attr(doc: Document, selectors: readonly string[], name: string): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

function location(doc: Document): string | null {
  const formatted = attr(doc, SELECTORS.location, 'formattedaddress');
  if (formatted && !STREET_ADDRESS.test(formatted)) return formatted;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((part) => attr(doc, SELECTORS.addressPart(part), 'content'))
    .filter((part): part is string => part !== null);
  const place = [...new Set(parts)].join(', ');
  return place || formatted || firstText(doc, SELECTORS.formLocation);
}

function company(doc: Document): string | null {
  return (
    attr(doc, SELECTORS.companyMeta, 'content') ??
    attr(doc, SELECTORS.companyLink, 'title') ??
    attr(doc, SELECTORS.formLogo, 'alt')?.replace(/\s+logo$/i, '') ??
    metaContent(doc, 'og:site_name') ??
    null
  );
}

export const readSmartrecruiters: ReadJob = (doc, url) => {
  const path = new URL(url).pathname;
  const form = FORM_PATH.exec(path);
  const ad = form ? null : AD_PATH.exec(path);
  const pay = allTexts(doc, SELECTORS.details)
    .map((detail) => PAY_DETAIL.exec(detail)?.[2])
    .find(Boolean);
  const workplace = attr(doc, SELECTORS.location, 'workplacetype')?.toLowerCase() ?? '';
  return buildJob({
    source: 'smartrecruiters',
    url,
    sourceId: ad?.[2] ?? form?.[2] ?? null,
    canonicalUrl: canonicalUrl(doc),
    applyUrl: form ? url : attr(doc, SELECTORS.apply, 'href'),
    title: firstText(doc, SELECTORS.title),
    company: company(doc),
    locations: [location(doc)],
    workplaceHints: [WORKPLACE[workplace]],
    employmentType: firstText(doc, SELECTORS.employmentType),
    salaryText: pay ?? null,
    postedAt: attr(doc, SELECTORS.posted, 'content'),
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
