import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { canonicalUrl, firstHtml, firstText, metaContent, textOf } from './dom.ts';

/**
 * Career Site Builder job pages are server-rendered; each field carries a
 * data-careersite-propertyid and the posting schema.org microdata.
 */
const SELECTORS = {
  // The title appears twice (phone and desktop copies); older templates use h1#job-title itemprop=title.
  title: ['[data-careersite-propertyid="title"]', '[itemprop="title"]', '#job-title'],
  // "Aarhus, Central Jutland, DK, 8000" under the title; newer layouts put it in a location or city token.
  location: ['.jobGeoLocation', '[data-careersite-propertyid="location"]', '[data-careersite-propertyid="city"]'],
  // The posting body sits in span.jobdescription inside the itemprop=description span.
  description: [
    '[data-careersite-propertyid="description"] .jobdescription',
    '.jobdescription',
    '[data-careersite-propertyid="description"]',
    '[itemprop="description"]',
  ],
  employmentType: ['[data-careersite-propertyid="shifttype"]'], // "Regular Full Time"
  posted: ['[data-careersite-propertyid="date"]'], // "22 Sept 2026"
  requisition: ['[data-careersite-propertyid="facility"]'], // the tenant's requisition number
  // Label/value rows ("Work Model: Hybrid"), whose custom fields differ per tenant.
  token: '.joblayouttoken',
  tokenLabel: '.joblayouttoken-label',
  // "Apply now" and the apply menu's manual option both lead to /talentcommunity/apply/<id>/.
  apply: 'a.dialogApplyBtn[href], a.applyOption[href*="/apply/"]',
  logo: '#header img[alt], .custom-header-logo img[alt]',
} as const;

// /job/<City-Title-zip>/<id>/ and the unified layout's /job/<Title>/<id>-en_US/.
const JOB_ID = /\/job\/[^/]+\/(\d+)/;
// <title>Senior Maintenance Planner Job Details | Nordhavn Ports</title>: the brand follows the bar.
const TITLE_BRAND = /\|\s*([^|]+?)\s*$/;
// Tokens whose value says where the work happens.
const WORKPLACE_LABEL = /work(place)?\s*(model|type|arrangement|location type)|remote/i;
// Tokens that name the place, in layouts without a geolocation line.
const LOCATION_LABEL = /^(location|city)\b/i;

/** The value of the first label/value token whose label matches. */
function token(doc: Document, label: RegExp): string | null {
  for (const row of Array.from(doc.querySelectorAll(SELECTORS.token))) {
    const name = textOf(row.querySelector(SELECTORS.tokenLabel));
    if (!name || !label.test(name.replace(/:$/, ''))) continue;
    // The value is whatever the row says after its label, however deep the template nests it.
    const value = textOf(row)?.slice(name.length).trim();
    if (value) return value;
  }
  return null;
}

/** The brand the site shows: its <title> suffix, else its logo, else the posting's employer (often a legal entity). */
function companyOf(doc: Document, url: URL): string {
  const logo = doc.querySelector(SELECTORS.logo)?.getAttribute('alt')?.trim();
  return (
    TITLE_BRAND.exec(doc.title)?.[1] ??
    (logo && !/^logo$/i.test(logo) ? logo : null) ??
    metaContent(doc, 'og:site_name') ??
    doc.querySelector('meta[itemprop="hiringOrganization"]')?.getAttribute('content') ??
    url.hostname.split('.')[0] ??
    ''
  );
}

export const readSuccessfactors: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const title = firstText(doc, SELECTORS.title);
  // Search, talent-community and application pages show no posting: the generic reader may try them.
  if (!title) return null;
  return buildJob({
    source: 'successfactors',
    url,
    sourceId: JOB_ID.exec(parsed.pathname)?.[1] ?? parsed.searchParams.get('career_job_req_id') ?? firstText(doc, SELECTORS.requisition),
    canonicalUrl: canonicalUrl(doc),
    applyUrl: doc.querySelector(SELECTORS.apply)?.getAttribute('href') ?? null,
    title,
    company: companyOf(doc, parsed),
    locations: [firstText(doc, SELECTORS.location) ?? token(doc, LOCATION_LABEL)],
    workplaceHints: [token(doc, WORKPLACE_LABEL)],
    employmentType: firstText(doc, SELECTORS.employmentType),
    postedAt: firstText(doc, SELECTORS.posted),
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
