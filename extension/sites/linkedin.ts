import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { allTexts, firstElement, firstHtml, firstText, textOf } from './dom.ts';

/**
 * LinkedIn has three job views: the logged-in job page (/jobs/view/<id>), the search and
 * collections pages where a list sits beside a detail pane (?currentJobId=<id>), and the
 * logged-out guest page. The logged-in views share the "unified top card" markup.
 */
const SELECTORS = {
  // The detail pane of search/collections; on /jobs/view/ the whole page plays its part.
  pane: [
    '.jobs-search__job-details--container',
    '.scaffold-layout__detail',
    '.jobs-details',
    '.details-pane__content--show', // guest search page: the open details pane
    '.details-pane__content',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1', // logged-in, current top card
    '.job-details-jobs-unified-top-card__job-title', // the pane's title (a link to /jobs/view/<id>)
    '.jobs-unified-top-card__job-title', // older top card
    'h1.top-card-layout__title', // guest page
    'h1.topcard__title',
    'h2.top-card-layout__title', // guest search page's pane (the page's h1 is the result count)
  ],
  // Links to the job the pane shows: tells which job is on screen, to catch a stale pane.
  titleLink: [
    '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
    '.jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
    'a.topcard__link[href*="/jobs/view/"]', // guest search pane
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a', // logged-in
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    'a.topcard__org-name-link', // guest
    '.topcard__flavor:not(.topcard__flavor--bullet)',
  ],
  // The first fragment of the grey line under the title is the location.
  location: [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', // logged-in
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet', // guest
  ],
  // Pills under the top card: "Remote", "Full-time", "$120K/yr - $150K/yr".
  pills:
    '.job-details-preferences-and-skills__pill, .job-details-jobs-unified-top-card__job-insight span, .job-details-fit-level-preferences button',
  salary: ['.compensation__salary', '.salary.compensation__salary'], // guest page pay range
  criteria: '.description__job-criteria-item', // guest page: "Employment type: Full-time"
  description: [
    '#job-details', // logged-in
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup', // guest
    '.description__text',
  ],
} as const;

const VIEW_ID = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/;

function jobIdInUrl(url: URL): string | null {
  return url.searchParams.get('currentJobId') ?? VIEW_ID.exec(url.pathname)?.[1] ?? null;
}

export const readLinkedin: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const wanted = jobIdInUrl(parsed);
  const root = firstElement(doc, SELECTORS.pane) ?? doc;
  const link = firstElement(root, SELECTORS.titleLink)?.getAttribute('href') ?? '';
  const shown = VIEW_ID.exec(link)?.[1] ?? null;
  // The list was clicked and the pane still shows the previous job: wait, show nothing.
  if (wanted && shown && wanted !== shown) return 'pending';
  const title = firstText(root, SELECTORS.title);
  if (!title) return readServerDriven(doc, url, wanted) ?? (wanted ? 'pending' : null);

  const pills = allTexts(root, SELECTORS.pills);
  const criteria = allTexts(doc, SELECTORS.criteria);
  const employment =
    criteria.find((c) => /employment type/i.test(c))?.replace(/employment type/i, '') ??
    pills.find((p) => /time|contract|intern|temporary/i.test(p));
  return buildJob({
    source: 'linkedin',
    url,
    sourceId: wanted ?? shown,
    canonicalUrl: wanted ? `${new URL(url).origin}/jobs/view/${wanted}/` : null,
    title,
    company: firstText(root, SELECTORS.company),
    locations: [firstText(root, SELECTORS.location)?.split(' · ')[0]],
    workplaceHints: pills,
    employmentType: employment ?? null,
    salaryText: firstText(doc, SELECTORS.salary) ?? pills.find((p) => /[$€£]\s?\d/.test(p)) ?? null,
    descriptionHtml: firstHtml(root, SELECTORS.description),
  });
};

/**
 * The logged-in job view as LinkedIn serves it since 2025 ("server-driven UI"): hashed class
 * names that change with every release, so it is read by what does not change — the document
 * title "Title | Company | LinkedIn", the company block's aria-label, the "About the job"
 * heading and the expandable text box under it.
 */
const SDUI = {
  company: '[aria-label^="Company, "]', // "Company, Flow Traders."
  heading: 'h2', // "About the job"
  description: '[data-testid="expandable-text-box"]',
} as const;

// "Graduate Data Engineer | Flow Traders | LinkedIn"
const DOCUMENT_TITLE = /^(.+?) \| (.+?) \| LinkedIn$/;

/** The nearest element around `node` (up to `levels` up) that holds a match of `selector` after it. */
function following(node: Element, selector: string, accept: (el: Element) => boolean, levels = 5): Element | null {
  let scope: Element | null = node;
  for (let i = 0; i < levels && scope; i++) {
    let sibling = scope.nextElementSibling;
    while (sibling) {
      const hit = sibling.matches(selector) && accept(sibling) ? sibling : Array.from(sibling.querySelectorAll(selector)).find(accept);
      if (hit) return hit;
      sibling = sibling.nextElementSibling;
    }
    scope = scope.parentElement;
  }
  return null;
}

function readServerDriven(doc: Document, url: string, wanted: string | null): ReturnType<ReadJob> | null {
  // Only the job view itself: on search pages the document title names the search.
  if (!wanted || !VIEW_ID.test(new URL(url).pathname)) return null;
  const named = DOCUMENT_TITLE.exec(doc.title.trim());
  const companyBlock = doc.querySelector(SDUI.company);
  const company =
    companyBlock
      ?.getAttribute('aria-label')
      ?.replace(/^Company,\s*/, '')
      .replace(/\.$/, '') ??
    named?.[2] ??
    null;
  const title = named?.[1] ?? null;
  if (!title) return 'pending';
  // The title is rendered as a paragraph of its own; until it is, the view shows another job or none.
  const titleNode = Array.from(doc.querySelectorAll('p')).find((p) => textOf(p) === title);
  if (!titleNode) return 'pending';
  // "Amsterdam, North Holland, Netherlands · 1 day ago · Over 100 people clicked apply"
  const facts = following(titleNode, 'p', (p) => (textOf(p) ?? '').includes('·'));
  const aboutJob = Array.from(doc.querySelectorAll(SDUI.heading)).find((h) => /^about the job$/i.test(textOf(h) ?? ''));
  const description = aboutJob ? following(aboutJob, SDUI.description, (el) => textOf(el) !== null) : null;
  const pills = Array.from(doc.querySelectorAll('button span'), (n) => textOf(n) ?? '').filter((t) => t.length < 40);
  return buildJob({
    source: 'linkedin',
    url,
    sourceId: wanted,
    canonicalUrl: `${new URL(url).origin}/jobs/view/${wanted}/`,
    title,
    company,
    locations: [textOf(facts?.querySelector('span'))],
    workplaceHints: pills.filter((p) => /^(remote|hybrid|on-site)$/i.test(p)),
    employmentType: pills.find((p) => /^(full-time|part-time|contract|internship|temporary)$/i.test(p)) ?? null,
    descriptionHtml: description?.innerHTML ?? null,
  });
}
