import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstText } from './dom.ts';

/**
 * Personio career pages (Next.js, CSS-module classes plus stable plain ones): the job page has the
 * title in .job-header and the ad as blocks of a heading over rich text; it also publishes JSON-LD,
 * which the registry merges in for the location and employment type the page body does not show.
 * The /apply page greets in its h1 and names the job only in <title>.
 */
const SELECTORS = {
  title: ['.job-header h1', 'h1.job-position-title'],
  // The "conditions" block of tasks/profile/offer sections, then the company's about-us block.
  description: '.detail-content-block',
  logo: 'header a[href^="/"] img[alt]',
} as const;

// /job/1948372, /job/1948372/apply
const JOB_ID = /\/job\/(\d+)/;
// <title>Warehouse Team Lead (m/w/d) | Jobs at Alpenkorn</title>
const TITLE = /^(.*?)\s*\|\s*Jobs at\s+(.+)$/i;

export const readPersonio: ReadJob = (doc, url) => {
  const page = new URL(url);
  const id = JOB_ID.exec(page.pathname)?.[1];
  const titled = TITLE.exec(doc.title.trim());
  const logo = doc.querySelector(SELECTORS.logo)?.getAttribute('alt')?.trim();
  return buildJob({
    source: 'personio',
    url,
    sourceId: id ?? null,
    canonicalUrl: id ? `${page.origin}/job/${id}` : null,
    applyUrl: id ? `${page.origin}/job/${id}/apply` : url,
    title: firstText(doc, SELECTORS.title) ?? titled?.[1] ?? null,
    company: titled?.[2] ?? (logo || null),
    descriptionHtml: Array.from(doc.querySelectorAll(SELECTORS.description), (block) => block.innerHTML).join(''),
  });
};
