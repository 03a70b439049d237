import { buildJob } from '../../shared/job/build-job.ts';
import { normalizeEmploymentType } from '../../shared/job/workplace.ts';
import type { ReadJob } from './adapter.ts';
import { allTexts, firstText } from './dom.ts';

/**
 * Recruitee careers sites are one server-rendered React app (styled-components classes, data-cy
 * hooks). A job page has a header (title, then a list of facts), then two tabs whose panels are
 * both in the page: the job details and the application form, one of them hidden.
 */
const SELECTORS = {
  title: ['main h1', 'h1'],
  // The nav's logo link: <img alt="Brightloom logo"> and <span aria-hidden="true">Brightloom</span>.
  logoName: ['.custom-css-style-navigation-logo span[aria-hidden="true"]'],
  logoImage: '.custom-css-style-navigation-logo img[alt], [data-cy="navigation-section-logo-image"]',
  // The header's facts: workplace first, then the location list item, department, pay, type.
  facts: '[data-cy="section-wrapper-padder"] ul li',
  location: ['[data-testid="styled-location-list-item"]', '.custom-css-style-job-location'],
  // "Job description" and "Job requirements": each heading sits in the block that holds its text.
  sectionHeadings: 'h2.custom-css-style-job-description, h2.custom-css-style-job-requirements',
  description: '#offer-section',
} as const;

// /o/<slug>[/c/new]: the slug is the only id a job's address carries.
const POSTING = /^\/o\/([^/]+)/;
// A header fact that states pay: a currency sign or code beside a number.
const PAY = /[$€£¥₹]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN)\b/;

function company(doc: Document): string | null {
  const alt = doc
    .querySelector(SELECTORS.logoImage)
    ?.getAttribute('alt')
    ?.replace(/\s*logo$/i, '')
    .trim();
  return firstText(doc, SELECTORS.logoName) ?? (alt || null);
}

function descriptionHtml(doc: Document): string | null {
  const blocks = Array.from(doc.querySelectorAll(SELECTORS.sectionHeadings), (h) => h.parentElement).filter((b) => b !== null);
  if (blocks.length > 0) return blocks.map((b) => b.innerHTML).join('');
  return doc.querySelector(SELECTORS.description)?.innerHTML ?? null;
}

export const readRecruitee: ReadJob = (doc, url) => {
  const page = new URL(url);
  const slug = POSTING.exec(page.pathname)?.[1];
  const facts = allTexts(doc, SELECTORS.facts);
  return buildJob({
    source: 'recruitee',
    url,
    sourceId: slug ?? null,
    canonicalUrl: slug ? `${page.origin}/o/${slug}` : null,
    applyUrl: slug ? `${page.origin}/o/${slug}/c/new` : url,
    title: firstText(doc, SELECTORS.title),
    company: company(doc),
    locations: [firstText(doc, SELECTORS.location)],
    workplaceHints: [facts[0]],
    employmentType: facts.find((f) => normalizeEmploymentType(f) !== null) ?? null,
    salaryText: facts.find((f) => PAY.test(f) && /\d/.test(f)) ?? null,
    descriptionHtml: descriptionHtml(doc),
  });
};
