import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstElement, firstText, valueAfterLabel } from './dom.ts';

/**
 * BambooHR's careers pages are a React app whose classes are generated per build: the reader
 * holds on to structure and the words the page prints, not to class names.
 */
const SELECTORS = {
  main: ['main', '#root'],
  // The job title is the page's heading; the careers header above it holds only the logo.
  title: ['main h1', 'main h2', '#root h1', '#root h2'],
  logo: 'header img[alt], [role="banner"] img[alt]',
  // Sidebar facts: a small label line over its value ("Employment Type" / "Full-Time").
  factLabel: 'p, span, dt, div, label',
  // The description is employer HTML dropped into one container: paragraphs and lists as its own children.
  richChild: ':scope > p, :scope > ul, :scope > ol, :scope > h3, :scope > h4',
} as const;

// /careers/57, also under a trailing slash or query.
const JOB_ID = /\/careers\/(\d+)(?:[/?#]|$)/;
// <title>Head Roaster - Driftwood Coffee Roasters</title>
const TITLE_COMPANY = /\s[-–|]\s(.+)$/;

/** The value printed under a label in the job's facts. */
const fact = (root: ParentNode, label: RegExp) => valueAfterLabel(root, SELECTORS.factLabel, label);

/** The container holding the most paragraphs and lists directly: the employer's description. */
function description(root: Element): string | null {
  let best: Element | null = null;
  let most = 1;
  for (const node of Array.from(root.querySelectorAll('div, section, article'))) {
    const count = node.querySelectorAll(SELECTORS.richChild).length;
    if (count > most) {
      best = node;
      most = count;
    }
  }
  return best?.innerHTML ?? null;
}

function companyOf(doc: Document): string {
  const logo = doc.querySelector(SELECTORS.logo)?.getAttribute('alt')?.trim();
  return logo || TITLE_COMPANY.exec(doc.title)?.[1]?.trim() || '';
}

export const readBamboohr: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const id = JOB_ID.exec(parsed.pathname)?.[1] ?? null;
  const root = firstElement(doc, SELECTORS.main);
  const title = firstText(doc, SELECTORS.title);
  // The list of openings (/careers) and a page still loading show no posting.
  if (!id || !root || !title) return id ? 'pending' : null;
  return buildJob({
    source: 'bamboohr',
    url,
    sourceId: id,
    canonicalUrl: `${parsed.origin}/careers/${id}`,
    // "Apply for This Job" opens the form on this same page.
    applyUrl: `${parsed.origin}/careers/${id}`,
    title,
    company: companyOf(doc),
    locations: [fact(root, /^location$/i)],
    workplaceHints: [fact(root, /^(location type|workplace|remote)$/i), fact(root, /^location$/i)],
    employmentType: fact(root, /^employment (type|status)$/i),
    salaryText: fact(root, /^(compensation|pay|salary)$/i),
    descriptionHtml: description(root),
  });
};
