import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstElement, firstHtml, firstText } from './dom.ts';

/**
 * SEEK's job page (/job/<id>) and the detail pane of its search (?jobId=<id>) render the same
 * header; SEEK marks every part of it with a data-automation attribute. Class names are hashed.
 */
const SELECTORS = {
  // The search page's detail pane (before a card is picked it holds "Select a job"), or the
  // job page's body.
  pane: ['[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="jobDetailsPage"]'],
  // <h1 data-automation="job-detail-title">; in the pane it wraps a link to /job/<id>.
  title: ['[data-automation="job-detail-title"]'],
  titleLink: ['[data-automation="job-detail-title"] a[href*="/job/"]'],
  // The advertiser as the page shows it: the name, then an icon in a nested <span>.
  company: ['[data-automation="advertiser-name"]'],
  // "Dandenong South, Melbourne VIC", a link to that place's jobs.
  location: ['[data-automation="job-detail-location"]'],
  // "Full time", "Contract/Temp", "Casual/Vacation".
  workType: ['[data-automation="job-detail-work-type"]'],
  // "$85,000 – $95,000 per year": the site's own dollars.
  salary: ['[data-automation="job-detail-salary"]'],
  description: ['[data-automation="jobAdDetails"]'],
} as const;

const JOB_PATH = /\/job\/(\d+)/;

export const readSeek: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const onJobPage = JOB_PATH.test(parsed.pathname);
  const wanted = JOB_PATH.exec(parsed.pathname)?.[1] ?? parsed.searchParams.get('jobId');
  const pane = firstElement(doc, SELECTORS.pane) ?? doc;
  const shown = JOB_PATH.exec(firstElement(pane, SELECTORS.titleLink)?.getAttribute('href') ?? '')?.[1] ?? null;
  // A card was clicked and the pane still shows the previous job.
  if (wanted && shown && wanted !== shown) return 'pending';
  const title = firstText(pane, SELECTORS.title);
  if (!title) return wanted && !onJobPage ? 'pending' : null;
  const id = shown ?? wanted;
  const location = firstText(pane, SELECTORS.location);
  return buildJob({
    source: 'seek',
    url,
    sourceId: id,
    canonicalUrl: id ? `${parsed.origin}/job/${id}` : null,
    applyUrl: id ? `${parsed.origin}/job/${id}/apply` : null,
    title,
    company: firstText(pane, SELECTORS.company),
    locations: [location],
    workplaceHints: [location],
    employmentType: firstText(pane, SELECTORS.workType),
    salaryText: firstText(pane, SELECTORS.salary),
    descriptionHtml: firstHtml(pane, SELECTORS.description),
  });
};
