import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { allTexts, firstElement, firstHtml, firstText } from './dom.ts';

/**
 * LinkedIn has three job views: the logged-in job page (/jobs/view/<id>), the search and
 * collections pages where a list sits beside a detail pane (?currentJobId=<id>), and the
 * logged-out guest page. The logged-in views share the "unified top card" markup.
 */
const SELECTORS = {
  // The detail pane of search/collections; on /jobs/view/ the whole page plays its part.
  pane: ['.jobs-search__job-details--container', '.scaffold-layout__detail', '.jobs-details'],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1', // logged-in, current top card
    '.job-details-jobs-unified-top-card__job-title', // the pane's title (a link to /jobs/view/<id>)
    '.jobs-unified-top-card__job-title', // older top card
    'h1.top-card-layout__title', // guest page
    'h1.topcard__title',
  ],
  // Links to the job the pane shows: tells which job is on screen, to catch a stale pane.
  titleLink: [
    '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
    '.jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
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
  if (!title) return wanted ? 'pending' : null;

  const pills = allTexts(root, SELECTORS.pills);
  const criteria = allTexts(doc, SELECTORS.criteria);
  const employment =
    criteria.find((c) => /employment type/i.test(c))?.replace(/employment type/i, '') ??
    pills.find((p) => /time|contract|intern|temporary/i.test(p));
  return buildJob({
    source: 'linkedin',
    url,
    sourceId: wanted ?? shown,
    canonicalUrl: wanted ? `https://www.linkedin.com/jobs/view/${wanted}/` : null,
    title,
    company: firstText(root, SELECTORS.company),
    locations: [firstText(root, SELECTORS.location)?.split(' · ')[0]],
    workplaceHints: pills,
    employmentType: employment ?? null,
    salaryText: firstText(doc, SELECTORS.salary) ?? pills.find((p) => /[$€£]\s?\d/.test(p)) ?? null,
    descriptionHtml: firstHtml(root, SELECTORS.description),
  });
};
