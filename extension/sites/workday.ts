import { buildJob } from '../../shared/job/build-job.ts';
import { jobFromJsonLd } from '../../shared/job/jsonld.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, jsonLdBlocks, metaContent } from './dom.ts';

/** Workday candidate sites are a React SPA; every part of a posting carries a data-automation-id. */
const SELECTORS = {
  title: ['[data-automation-id="jobPostingHeader"]'],
  locations: '[data-automation-id="locations"] dd, [data-automation-id="locations"]',
  remote: ['[data-automation-id="remoteType"] dd', '[data-automation-id="remoteType"]'],
  time: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'], // "Full time"
  posted: ['[data-automation-id="postedOn"] dd', '[data-automation-id="postedOn"]'],
  requisition: ['[data-automation-id="requisitionId"] dd', '[data-automation-id="requisitionId"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
} as const;

// /<site>/job/<location>/<Title-Slug>_<REQ-ID>  (optionally under /<locale>/)
const JOB_PATH = /\/job\/[^/]+\/[^/]*_([A-Za-z0-9-]+)(?:\/|$|\?)/;

/**
 * The employer is the same for every posting of a Workday site: its name from the page
 * (og:site_name, or the JSON-LD rendered with the first posting, which stays while the SPA
 * moves on), else the tenant in the host name ("acme.wd5.myworkdayjobs.com" → "acme").
 */
function companyOf(doc: Document, url: URL): string {
  return metaContent(doc, 'og:site_name') ?? jobFromJsonLd(jsonLdBlocks(doc), url.href)?.company ?? url.hostname.split('.')[0] ?? '';
}

export const readWorkday: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const wantedReq = JOB_PATH.exec(parsed.pathname)?.[1] ?? null;
  const title = firstText(doc, SELECTORS.title);
  if (!title) return wantedReq ? 'pending' : null;
  const shownReq = firstText(doc, SELECTORS.requisition)?.replace(/^job requisition id\s*/i, '') ?? null;
  // Mid-navigation the previous posting is still rendered under the new URL.
  if (wantedReq && shownReq && wantedReq.toLowerCase() !== shownReq.toLowerCase()) return 'pending';
  const locations = Array.from(doc.querySelectorAll(SELECTORS.locations), (n) => n.textContent?.replace(/^locations\s*/i, '').trim() ?? '');
  return buildJob({
    source: 'workday',
    url,
    sourceId: shownReq ?? wantedReq,
    canonicalUrl: url.split('?')[0] ?? null,
    applyUrl: `${url.split('?')[0]}/apply`,
    title,
    company: companyOf(doc, parsed),
    locations: locations.filter((l) => l && !/^locations$/i.test(l)),
    workplaceHints: [firstText(doc, SELECTORS.remote)],
    employmentType: firstText(doc, SELECTORS.time)?.replace(/^time type\s*/i, '') ?? null,
    postedAt: firstText(doc, SELECTORS.posted)?.replace(/^posted on\s*/i, '') ?? null,
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
