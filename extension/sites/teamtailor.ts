import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, metaContent, textOf, valueAfterLabel } from './dom.ts';

/**
 * Teamtailor career sites are server-rendered (Rails, Turbo, Stimulus). The job page opens with a
 * cover block ("Department · Location" above the h1), then the description, then a list of facts.
 * Its JSON-LD is often invalid JSON (raw newlines in the description), so everything a user sees
 * is read from the page itself.
 */
const SELECTORS = {
  title: [
    'h1.font-company-header', // the cover block's heading, on the job page and on /applications/new
    'main h1',
  ],
  // The overline above the h1: <span>Engineering</span><span>·</span><span>Västerås</span>.
  coverFacts: '.block-cover [data-variabletextwrapper] > div:first-child > span',
  // Department, Locations, Remote status: <dt>Locations</dt><dd>…</dd> under the description.
  facts: 'section dl dt',
  description: [
    '[data-controller="careersite--responsive-video"]', // the job ad's body (a .prose div)
    '.prose.font-company-body',
  ],
  // The overlay controller names the form's address: …/jobs/<id>-<slug>/applications/new.
  applyUrl: '[data-careersite--jobs--form-overlay-job-application-url-value]',
} as const;

// /jobs/4821907-battery-systems-engineer, /en/jobs/4821907-…/applications/new, /jobs/4821907/applications/new
const JOB_ID = /\/jobs\/(\d+)/;

const fact = (doc: Document, label: RegExp) => valueAfterLabel(doc, SELECTORS.facts, label);

/** "Engineering · Västerås": the location is the part after the department, when both are shown. */
function coverLocation(doc: Document): string | null {
  const parts = Array.from(doc.querySelectorAll(SELECTORS.coverFacts), (span) => textOf(span)).filter(
    (text): text is string => text !== null && text !== '·',
  );
  return parts.length >= 2 ? (parts[1] ?? null) : null;
}

/** The brand: og:site_name ("Tallbo Energy"), else the <title>'s "Job - Company", else the subdomain. */
function company(doc: Document, url: URL): string | null {
  const parts = doc.title.split(' - ');
  const titled = parts.length > 1 ? parts.at(-1)?.trim() : undefined;
  return metaContent(doc, 'og:site_name') ?? (titled || url.hostname.split('.')[0]) ?? null;
}

export const readTeamtailor: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const remote = fact(doc, /^remote status$/i);
  const jobPage = parsed.pathname.replace(/\/applications\/new\/?$/, '');
  return buildJob({
    source: 'teamtailor',
    url,
    sourceId: JOB_ID.exec(parsed.pathname)?.[1] ?? null,
    canonicalUrl: `${parsed.origin}${jobPage}`,
    applyUrl:
      doc.querySelector(SELECTORS.applyUrl)?.getAttribute('data-careersite--jobs--form-overlay-job-application-url-value') ??
      `${parsed.origin}${jobPage}/applications/new`,
    title: firstText(doc, SELECTORS.title),
    company: company(doc, parsed),
    locations: [fact(doc, /^locations?$/i) ?? coverLocation(doc)],
    workplaceHints: [remote],
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
