import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { canonicalUrl, firstElement, firstHtml, firstText } from './dom.ts';

/**
 * Glassdoor's job page (/job-listing/...?jl=<id>) and the search page's right-hand pane share
 * the JobDetails markup. Class names carry a per-build hash ("JobDetails_jobDescription__uW_fK"),
 * so they are matched by prefix; data-test attributes are stable.
 */
const SELECTORS = {
  // The detail pane; the search page's job cards beside it repeat titles and employers.
  pane: ['[class*="JobDetails_jobDetailsContainer__"]'],
  // <header data-test="job-details-header" data-brandviews="MODULE:n=joblisting-header:eid=..:jlid=<id>">
  header: ['[data-test="job-details-header"]'],
  // <h1 id="jd-job-title-<id>">: the pane's title, its id naming the job shown.
  title: ['h1[id^="jd-job-title-"]', '[data-test="job-details-header"] h1'],
  // The employer's name is an <h4> in the pane header's EmployerProfile block; the rating sits
  // beside it, outside the <h4>.
  company: [
    '[class*="EmployerProfile_employerNameHeading__"] h4',
    '[data-test="job-details-header"] a[href*="/Overview/Working-at-"] h4',
    '[data-test="employer-name"]', // older pane
  ],
  location: ['[data-test="job-details-header"] [data-test="location"]', '[data-test="location"]'],
  // "£65K - £80K (Employer provided)" / "(Glassdoor Est.)".
  salary: ['[data-test="job-details-header"] [data-test="detailSalary"]', '[id^="jd-salary-"]'],
  // Not JobDetails_jobDescriptionWrapper__, which also holds the "Show more" button.
  description: ['[class*="JobDetails_jobDescription__"]', '#JobDescriptionContainer'],
  // The search page's selected card: which job the list says is open.
  selectedCard: ['li[data-jobid] [data-selected="true"]'],
  cards: 'li[data-jobid]',
  // A card's link to the job's own page.
  cardLink: 'a[data-test="job-title"]',
} as const;

const PANE_ID = /jlid=(\d+)/;
const TITLE_ID = /^jd-job-title-(\d+)$/;

function shownJobId(pane: ParentNode): string | null {
  const brand = firstElement(pane, SELECTORS.header)?.getAttribute('data-brandviews') ?? '';
  const titleId = firstElement(pane, SELECTORS.title)?.id ?? '';
  return PANE_ID.exec(brand)?.[1] ?? TITLE_ID.exec(titleId)?.[1] ?? null;
}

function selectedCardId(doc: Document): string | null {
  return firstElement(doc, SELECTORS.selectedCard)?.closest('li[data-jobid]')?.getAttribute('data-jobid') ?? null;
}

export const readGlassdoor: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const onListingPage = parsed.pathname.startsWith('/job-listing/');
  // The job the user asked for; the pane may still show the previous one. On the search page a
  // click selects a card without always changing the address, so the selection goes first.
  const jl = parsed.searchParams.get('jl');
  const wanted = onListingPage ? jl : (selectedCardId(doc) ?? jl);
  const pane = firstElement(doc, SELECTORS.pane) ?? doc;
  const shown = shownJobId(pane);
  if (wanted && shown && wanted !== shown) return 'pending';
  const title = firstText(pane, SELECTORS.title);
  if (!title) return wanted && !onListingPage ? 'pending' : null;
  const id = shown ?? wanted;
  const card = Array.from(doc.querySelectorAll(SELECTORS.cards)).find((li) => li.getAttribute('data-jobid') === id);
  const cardLink = card?.querySelector(SELECTORS.cardLink)?.getAttribute('href');
  const location = firstText(pane, SELECTORS.location);
  return buildJob({
    source: 'glassdoor',
    url,
    sourceId: id,
    canonicalUrl: cardLink ?? (onListingPage ? canonicalUrl(doc) : null),
    title,
    company: firstText(pane, SELECTORS.company),
    locations: [location],
    workplaceHints: [location],
    // "(Employer provided)" and "(Glassdoor Est.)" say where the figure came from, not the pay.
    salaryText: firstText(pane, SELECTORS.salary)?.replace(/\(.*?\)/g, '') ?? null,
    descriptionHtml: firstHtml(pane, SELECTORS.description),
  });
};
