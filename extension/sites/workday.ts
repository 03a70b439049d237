import { buildJob } from '../../shared/job/build-job.ts';
import { brandOf } from '../../shared/job/company-name.ts';
import { jobFromJsonLd, rawJobFromJsonLd } from '../../shared/job/jsonld.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, jsonLdBlocks, metaContent, textOf } from './dom.ts';

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
 * moves on), else the tenant in the host name ("acme" in acme.wd5.…).
 */
function companyOf(doc: Document, url: URL): string {
  return metaContent(doc, 'og:site_name') ?? jobFromJsonLd(jsonLdBlocks(doc), url.href)?.company ?? '';
}

export const readWorkday: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const wantedReq = JOB_PATH.exec(parsed.pathname)?.[1] ?? null;
  const title = firstText(doc, SELECTORS.title);
  if (!title) return beforeHydration(doc, url, parsed, wantedReq) ?? (wantedReq ? 'pending' : null);
  const shownReq = firstText(doc, SELECTORS.requisition)?.replace(/^job requisition id\s*/i, '') ?? null;
  // Mid-navigation the previous posting is still rendered under the new URL.
  if (wantedReq && shownReq && wantedReq.toLowerCase() !== shownReq.toLowerCase()) return 'pending';
  const locations = Array.from(doc.querySelectorAll(SELECTORS.locations), (n) => textOf(n)?.replace(/^locations\s*/i, '') ?? '');
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

// "Montreal-QC-CAN", "New-York-NY", "London-United-Kingdom": the location segment of a job URL.
const LOCATION_SEGMENT = /\/job\/([^/]+)\//;

/**
 * The location a posting's URL names, in the words of its JSON-LD country: "Montreal-QC-CAN"
 * with country "Canada" is "Montreal, QC, Canada". Workday's JSON-LD locality is often the
 * tenant's internal site string ("AMER - Canada - Quebec - Montreal - 10 Rue Duke").
 */
export function locationFromSlug(slug: string, country: string | null): string | null {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A stray "%" in the address: read the segment as it is.
  }
  const words = decoded.split('-').filter(Boolean);
  if (words.length === 0 || /^remote$/i.test(words.join(' '))) return words.join(' ') || null;
  const parts: string[] = [];
  const countryWords = country?.split(/\s+/) ?? [];
  const tail = words.slice(-countryWords.length).join(' ');
  const last = words.at(-1) ?? '';
  if (country && countryWords.length > 0 && tail.toLowerCase() === country.toLowerCase()) {
    words.splice(-countryWords.length);
    parts.unshift(country);
  } else if (country && /^[A-Z]{2,3}$/.test(last) && country.toUpperCase().startsWith(last.slice(0, 2))) {
    words.pop();
    parts.unshift(country);
  }
  // Trailing two- or three-letter codes are a state or province and a country code.
  while (parts.length < 2 && words.length > 1 && /^[A-Z]{2,3}$/.test(words.at(-1) ?? '')) parts.unshift(words.pop() as string);
  if (words.length > 0) parts.unshift(words.join(' '));
  return parts.join(', ');
}

/**
 * A posting as Workday serves it before its scripts run (and as search engines and saved
 * pages see it): no rendered header, only meta tags and JSON-LD. Read from the JSON-LD when
 * it describes the requisition in the URL.
 */
function beforeHydration(doc: Document, url: string, parsed: URL, wantedReq: string | null): ReturnType<ReadJob> | null {
  const blocks = jsonLdBlocks(doc);
  const raw = rawJobFromJsonLd(blocks, url);
  if (!raw || (wantedReq && raw.sourceId && raw.sourceId.toLowerCase() !== wantedReq.toLowerCase())) return null;
  const country = /"addressCountry"\s*:\s*"([^"]+)"/.exec(blocks.join('\n'))?.[1] ?? null;
  const slug = LOCATION_SEGMENT.exec(parsed.pathname)?.[1];
  const tenant = parsed.hostname.split('.')[0];
  return buildJob({
    ...raw,
    source: 'workday',
    canonicalUrl: url.split('?')[0] ?? null,
    applyUrl: `${url.split('?')[0]}/apply`,
    company: brandOf(raw.company ?? '', [metaContent(doc, 'og:site_name'), tenant]),
    locations: slug ? [locationFromSlug(slug, country)] : raw.locations,
  });
}
