import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { canonicalUrl, firstText, metaContent } from './dom.ts';

/**
 * Workable careers pages are one React app: the job's header (title, workplace, department, type,
 * location) stays while the tabs below switch between the Overview and the Application form, and
 * the app moves from job to job without reloading. Its nodes are named by data-ui attributes.
 */
const SELECTORS = {
  title: ['h1[data-ui="job-title"]'],
  logo: '[data-ui="company-logo"] img[alt]', // <img alt="Quillfeather">
  workplace: ['[data-ui="job-workplace"]'], // "Remote", "Hybrid", "On-site"
  type: ['[data-ui="job-type"]'], // "Full time"
  location: ['[data-ui="job-location-tooltip"]', '[data-ui="job-location"]'], // "Denver, Colorado, United States"
  // The Overview: the description, then Workable's own Requirements and Benefits sections.
  body: '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
  // The tab links name the job the app shows: /<account>/j/<shortcode>/.
  tab: 'a[data-ui="role-overview-tab"]',
} as const;

// /<account>/j/<shortcode>[/apply]/
const POSTING = /^\/([^/]+)\/j\/([0-9A-F]+)/i;

/** The brand: the logo's alt text, else "Job - Company" in og:title, else the account in the path. */
function company(doc: Document, account: string | undefined): string | null {
  const logo = doc.querySelector(SELECTORS.logo)?.getAttribute('alt')?.trim();
  const parts = (metaContent(doc, 'og:title') ?? '').split(' - ');
  return logo || (parts.length > 1 ? parts.at(-1)?.trim() : undefined) || account || null;
}

export const readWorkable: ReadJob = (doc, url) => {
  const page = new URL(url);
  const match = POSTING.exec(page.pathname);
  const shortcode = match?.[2];
  const shown = POSTING.exec(new URL(doc.querySelector(SELECTORS.tab)?.getAttribute('href') ?? '/', url).pathname)?.[2];
  const title = firstText(doc, SELECTORS.title);
  // The app has not rendered this job yet, or still shows the one it came from.
  if (shortcode && (!title || (shown && shown.toUpperCase() !== shortcode.toUpperCase()))) return 'pending';
  const jobUrl = match ? `${page.origin}/${match[1]}/j/${match[2]}/` : null;
  return buildJob({
    source: 'workable',
    url,
    sourceId: shortcode ?? null,
    canonicalUrl: canonicalUrl(doc) ?? jobUrl,
    applyUrl: jobUrl ? `${jobUrl}apply/` : url,
    title,
    company: company(doc, match?.[1]),
    locations: [firstText(doc, SELECTORS.location)],
    workplaceHints: [firstText(doc, SELECTORS.workplace)],
    employmentType: firstText(doc, SELECTORS.type),
    descriptionHtml: Array.from(doc.querySelectorAll(SELECTORS.body), (section) => section.innerHTML).join(''),
  });
};
