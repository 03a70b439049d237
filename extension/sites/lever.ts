import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { canonicalUrl, firstText, metaContent } from './dom.ts';

const SELECTORS = {
  title: ['.posting-headline h2', '.posting-header h2'], // the job title above the category pills
  location: ['.posting-categories .location', '.posting-category.location'], // "Berlin, Germany"
  workplace: ['.posting-categories .workplaceTypes'], // "Remote", "Hybrid", "On-site"
  commitment: ['.posting-categories .commitment'], // "Full-time"
  salary: ['.posting-salary', '[data-qa="salary-range"]'], // pay transparency block, when posted
  // The body: an intro, then one .section per heading with its list (h3 + ul.posting-requirements).
  sections: '.section-wrapper.page-full-width .section, .content .section',
  applyLink: ['.postings-btn[href*="/apply"]', 'a[href$="/apply"]'],
} as const;

// /<company>/<uuid>[/apply]
const POSTING = /^\/([^/]+)\/([0-9a-f-]{36})/i;

export const readLever: ReadJob = (doc, url) => {
  const match = POSTING.exec(new URL(url).pathname);
  const sections = Array.from(doc.querySelectorAll(SELECTORS.sections))
    // The headline block (title, category pills, apply button) is a .section too.
    .filter((section) => !section.classList.contains('posting-header') && !section.closest('form') && !section.querySelector('form'))
    .map((section) => section.innerHTML)
    .join('');
  // <title>Acme Robotics - Senior Platform Engineer</title>: the company precedes the dash.
  const titleCompany = (metaContent(doc, 'og:title') ?? doc.title).split(' - ')[0]?.trim();
  const logo = doc
    .querySelector('.main-header-logo img')
    ?.getAttribute('alt')
    ?.replace(/\s*logo$/i, '')
    .trim();
  const company = logo || titleCompany;
  const apply = doc.querySelector(SELECTORS.applyLink.join(','))?.getAttribute('href');
  return buildJob({
    source: 'lever',
    url,
    sourceId: match?.[2] ?? null,
    canonicalUrl: canonicalUrl(doc),
    applyUrl: apply ?? url,
    title: firstText(doc, SELECTORS.title),
    company: company ?? null,
    locations: [firstText(doc, SELECTORS.location)],
    workplaceHints: [firstText(doc, SELECTORS.workplace)],
    employmentType: firstText(doc, SELECTORS.commitment),
    salaryText: firstText(doc, SELECTORS.salary),
    descriptionHtml: sections,
  });
};
