import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstElement, firstHtml, firstText } from './dom.ts';

/** Indeed's /viewjob page and the search page's right-hand pane share the job-info markup. */
const SELECTORS = {
  pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#viewJobSSRRoot', '.jobsearch-ViewJobLayout'],
  title: [
    'h1.jobsearch-JobInfoHeader-title', // /viewjob
    'h2.jobsearch-JobInfoHeader-title', // search pane
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="simpler-jobTitle"]', // the "simpler" header shown to signed-in users
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer a',
    '.jobsearch-JobInfoHeader-companyNameSimple',
  ],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '#jobLocationText'],
  // "$120,000 - $150,000 a year" and "Full-time" are spans in this block; the simpler header has
  // none, and shows them as tiles of the details ("Pay From $22.38 an hour …").
  salary: [
    '#salaryInfoAndJobType span:first-child',
    '[data-testid="salaryInfoAndJobType"] span',
    '[aria-label^="Pay "][data-testid$="-tile"]',
  ],
  jobType: ['#salaryInfoAndJobType span:last-child', '[aria-label^="Job type "][data-testid$="-tile"]'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
  // The pane's job key, to catch a stale pane after a click in the list.
  paneKey: ['[data-jk]'],
} as const;

export const readIndeed: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const wanted = parsed.searchParams.get('jk') ?? parsed.searchParams.get('vjk');
  const root = firstElement(doc, SELECTORS.pane) ?? doc;
  const shown = firstElement(root, SELECTORS.paneKey)?.getAttribute('data-jk') ?? null;
  if (wanted && shown && wanted !== shown) return 'pending';
  // The title element ends with a hidden " - job post" suffix for screen readers.
  const title = firstText(root, SELECTORS.title)?.replace(/\s*-\s*job post$/i, '') ?? null;
  if (!title) return wanted && parsed.pathname !== '/viewjob' ? 'pending' : null;
  const salary = firstText(root, SELECTORS.salary);
  const jobType = firstText(root, SELECTORS.jobType);
  return buildJob({
    source: 'indeed',
    url,
    sourceId: wanted ?? shown,
    canonicalUrl: wanted ? `${parsed.origin}/viewjob?jk=${wanted}` : null,
    title,
    company: firstText(root, SELECTORS.company),
    locations: [firstText(root, SELECTORS.location)],
    workplaceHints: [firstText(root, SELECTORS.location)],
    employmentType: jobType && jobType !== salary ? jobType.replace(/^-\s*/, '') : null,
    salaryText: salary,
    descriptionHtml: firstHtml(root, SELECTORS.description),
  });
};
