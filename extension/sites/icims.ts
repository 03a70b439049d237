import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstText, metaContent, textOf } from './dom.ts';

/**
 * iCIMS portals draw each job and each apply step in `iframe#icims_content_iframe` (the same
 * path with `in_iframe=1`); the content script reads that frame. The job header is the same on
 * the job page and on the apply steps, its facts labelled by screen-reader text or <dt>s.
 */
const SELECTORS = {
  title: [
    '#iCIMS_Header h1.iCIMS_Header', // <div id="iCIMS_Header"><h1 class="iCIMS_Header">, job page and apply steps
    '.iCIMS_JobsTable h1.iCIMS_Header', // the job header of tenants without the id'd wrapper
  ],
  // "header left/right" cells: <span class="sr-only field-label">Job Locations</span><span>US-IL-Springfield</span>.
  headerCells: '.iCIMS_JobsTable .header',
  cellLabel: '.field-label',
  // The additional facts: <dt class="iCIMS_JobHeaderField">Position Type</dt><dd …>Regular Full-Time</dd>.
  headerTags: '.iCIMS_JobsTable .iCIMS_JobHeaderTag',
  tagLabel: '.iCIMS_JobHeaderField',
  tagValue: '.iCIMS_JobHeaderData',
  // Each section: <h2 class="iCIMS_InfoField_Job">Overview</h2><div class="iCIMS_InfoMsg_Job">…</div>.
  sections: '.iCIMS_JobContent .iCIMS_InfoField_Job, .iCIMS_JobContent .iCIMS_InfoMsg_Job',
  apply: 'a.iCIMS_ApplyOnlineButton', // "Apply for this job online"
  // The wrapper page around the frame: the job is the frame's to read.
  frame: 'iframe#icims_content_iframe',
} as const;

// Labels of the header facts, as tenants word them.
const FACT: Record<'location' | 'type', RegExp> = {
  location: /location/i, // "Job Locations", "Location"
  type: /position type|job type|employment type/i, // "Position Type", "Position Type (Portal Searching)"
};

// /jobs/<id>/<slug>/job, …/login, …/candidate: a job's pages; intro and search pages have no id.
const JOB_PATH = /^\/jobs\/(\d+)(?:\/([^/]+))?\//;

// iCIMS writes places country first: "US-IL-Springfield", "IN-Bangalore".
const PLACE = /^([A-Z]{2})-(?:([A-Z0-9]{1,3})-)?(.+)$/;

// og:site_name is "<Company> Career Portal" (or "… Careers").
const PORTAL_SUFFIX = /\s+(career portal|careers?|jobs)$/i;

function facts(doc: Document): Array<{ label: string; value: string }> {
  const cells = Array.from(doc.querySelectorAll(SELECTORS.headerCells), (cell) => {
    const label = textOf(cell.querySelector(SELECTORS.cellLabel)) ?? '';
    const value = Array.from(cell.children).filter((c) => !c.matches(SELECTORS.cellLabel));
    return { label, value: value.map((c) => textOf(c) ?? '').join(' ') };
  });
  const tags = Array.from(doc.querySelectorAll(SELECTORS.headerTags), (tag) => ({
    label: textOf(tag.querySelector(SELECTORS.tagLabel)) ?? '',
    value: textOf(tag.querySelector(SELECTORS.tagValue)) ?? '',
  }));
  return [...cells, ...tags];
}

function fact(doc: Document, which: keyof typeof FACT): string | null {
  return facts(doc).find((f) => FACT[which].test(f.label) && f.value)?.value ?? null;
}

/** "US-IL-Springfield | US-MO-St. Louis" → ["Springfield, IL, US", "St. Louis, MO, US"]. */
function places(value: string | null): string[] {
  return (value ?? '')
    .split('|')
    .map((place) => place.trim())
    .filter(Boolean)
    .map((place) => {
      const match = PLACE.exec(place);
      return match ? [match[3], match[2], match[1]].filter(Boolean).join(', ') : place;
    });
}

export const readIcims: ReadJob = (doc, url) => {
  // The wrapper shows none of the job: nothing from it (not the generic reader's guess), so the
  // frame's report is the tab's job.
  if (doc.querySelector(SELECTORS.frame)) return 'pending';
  const parsed = new URL(url);
  const job = JOB_PATH.exec(parsed.pathname);
  if (!job) return null;
  const [, id, slug] = job;
  const locations = places(fact(doc, 'location'));
  return buildJob({
    source: 'icims',
    url,
    sourceId: id,
    // The job page without the frame and tracking parameters.
    canonicalUrl: `${parsed.origin}/jobs/${slug ? `${id}/${slug}` : id}/job`,
    applyUrl: doc.querySelector(SELECTORS.apply)?.getAttribute('href') ?? null,
    title: firstText(doc, SELECTORS.title),
    company: metaContent(doc, 'og:site_name')?.replace(PORTAL_SUFFIX, '') ?? null,
    locations,
    workplaceHints: locations,
    employmentType: fact(doc, 'type'),
    descriptionHtml: Array.from(doc.querySelectorAll(SELECTORS.sections), (node) => node.outerHTML).join(''),
  });
};
