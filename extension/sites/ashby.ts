import { buildJob, type RawJob } from '../../shared/job/build-job.ts';
import { embeddedJson } from '../../shared/job/embedded-json.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, metaContent, textOf } from './dom.ts';

/**
 * Ashby boards render a heading, a left pane of labelled facts ("Location", "Employment
 * Type", "Location Type", "Compensation") and the description.
 */
const SELECTORS = {
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-header h1', 'h1[class*="_title_"]'],
  facts: '.ashby-job-posting-left-pane [class*="_section_"], .ashby-job-posting-left-pane > div',
  description: ['.ashby-job-posting-description', '[class*="_descriptionText_"]', '#overview'],
} as const;

// /<company>/<uuid>[/application]
const POSTING = /^\/([^/]+)\/([0-9a-f-]{36})/i;

function fact(doc: Document, label: string): string | null {
  for (const section of Array.from(doc.querySelectorAll(SELECTORS.facts))) {
    const heading = section.querySelector('h2, h3, dt, [class*="_heading_"]');
    const headingText = textOf(heading);
    if (!heading || headingText?.toLowerCase() !== label) continue;
    const value = (textOf(section) ?? '').replace(headingText, '').trim();
    if (value) return value;
  }
  return null;
}

export const readAshby: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const match = POSTING.exec(parsed.pathname);
  const posting = match ? `${parsed.origin}/${match[1]}/${match[2]}` : null;
  const ids = {
    source: 'ashby' as const,
    url,
    sourceId: match?.[2] ?? null,
    canonicalUrl: posting,
    applyUrl: posting && `${posting}/application`,
  };
  const title = firstText(doc, SELECTORS.title);
  if (!title) return fromAppData(doc, ids);
  // <title>Senior Engineer @ Acme</title>
  const titleCompany = /@\s*(.+)$/.exec(metaContent(doc, 'og:title') ?? doc.title)?.[1]?.trim();
  return buildJob({
    ...ids,
    title,
    company: titleCompany ?? null,
    locations: [fact(doc, 'location')],
    workplaceHints: [fact(doc, 'location type'), fact(doc, 'location')],
    employmentType: fact(doc, 'employment type'),
    salaryText: fact(doc, 'compensation'),
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};

/** The parts of Ashby's embedded app data a posting needs (it holds much more: the form, flags). */
interface AppData {
  organization?: { name?: string };
  posting?: {
    title?: string;
    locationName?: string;
    address?: { postalAddress?: { addressLocality?: string; addressRegion?: string; addressCountry?: string } };
    workplaceType?: string;
    employmentType?: string;
    descriptionHtml?: string;
    scrapeableCompensationSalarySummary?: string | null;
    compensationTierSummary?: string | null;
  };
}

/**
 * The page as Ashby serves it before its app renders (an empty #root): everything is in
 * `window.__appData`, assigned in an inline script.
 */
function fromAppData(doc: Document, ids: Pick<RawJob, 'source' | 'url' | 'sourceId' | 'canonicalUrl' | 'applyUrl'>) {
  const script = Array.from(doc.querySelectorAll('script:not([src])')).find((s) => s.textContent?.includes(APP_DATA));
  if (!script) return null;
  // The page is read again on every change while it hydrates; its 100 KB of app data is parsed once.
  let data = parsedAppData.get(script);
  if (data === undefined) {
    data = embeddedJson(script.textContent ?? '', APP_DATA) as AppData | null;
    parsedAppData.set(script, data);
  }
  const posting = data?.posting;
  if (!posting?.title) return null;
  const address = posting.address?.postalAddress;
  const place = address ? [address.addressLocality, address.addressRegion, address.addressCountry].filter(Boolean).join(', ') : '';
  return buildJob({
    ...ids,
    title: posting.title,
    company: data?.organization?.name ?? null,
    locations: [place || posting.locationName],
    workplaceHints: [posting.workplaceType],
    employmentType: posting.employmentType?.replace(/([a-z])([A-Z])/g, '$1-$2') ?? null, // "FullTime"
    salaryText: posting.scrapeableCompensationSalarySummary ?? posting.compensationTierSummary ?? null,
    descriptionHtml: posting.descriptionHtml ?? null,
  });
}

const APP_DATA = 'window.__appData';
const parsedAppData = new WeakMap<Element, AppData | null>();
