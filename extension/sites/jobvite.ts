import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, textOf } from './dom.ts';

/** Jobvite job pages are server-rendered: a heading, one line of facts, the description. */
const SELECTORS = {
  title: ['.jv-page-body .jv-header'], // <h2 class="jv-header">; some templates use h3/h4
  // "Customer Success<span class='jv-inline-separator'></span>Raleigh, North Carolina<span …>Req.Num.: 1184".
  meta: 'p.jv-job-detail-meta',
  separator: 'jv-inline-separator',
  // The career site's name in the header: "Larkspur Software Careers" (a link, or a logo's sr-only text).
  company: ['.jv-page-header .jv-logo'],
  description: ['.jv-job-detail-description'],
  apply: 'a.jv-button-apply', // "Apply", to …/job/<id>/apply
} as const;

// /<company>/job/<id>[/apply], also the older /careers/<company>/job/<id>.
const JOB_PATH = /^(?:\/careers)?\/([^/]+)\/job\/([A-Za-z0-9]+)/;

// Lines of the facts line that are not places.
const REQUISITION = /^req(uisition)?\.?\s*(num|no|id)/i;
const PAY = /^(salary|pay|compensation)[^:]{0,20}:\s*/i;

/**
 * The facts line split where the page splits it: parts between separators, each part's lines
 * (a <br> starts one; a place can wrap "Seattle,<br>Washington" too, so lines are kept apart
 * only to find the pay and requisition lines).
 */
function metaParts(meta: Element): string[][] {
  const parts: string[][] = [[]];
  let line = '';
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts[parts.length - 1]?.push(text);
    line = '';
  };
  for (const node of Array.from(meta.childNodes)) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (element?.classList.contains(SELECTORS.separator)) {
      endLine();
      parts.push([]);
    } else if (element?.tagName === 'BR') endLine();
    else line += element ? (textOf(element) ?? '') : (node.nodeValue ?? '');
  }
  endLine();
  return parts.filter((part) => part.length > 0);
}

export const readJobvite: ReadJob = (doc, url) => {
  const job = JOB_PATH.exec(new URL(url).pathname);
  const meta = doc.querySelector(SELECTORS.meta);
  const lines = meta ? metaParts(meta) : [];
  // The first part is the job's category; then its places, each on one or more lines.
  const places = lines
    .slice(1)
    .map((part) => part.filter((l) => !REQUISITION.test(l) && !PAY.test(l)).join(' '))
    .filter(Boolean);
  const pay = lines.flat().find((l) => PAY.test(l));
  return buildJob({
    source: 'jobvite',
    url,
    sourceId: job?.[2] ?? null,
    canonicalUrl: job ? `${new URL(url).origin}/${job[1]}/job/${job[2]}` : null,
    applyUrl: doc.querySelector(SELECTORS.apply)?.getAttribute('href') ?? null,
    title: firstText(doc, SELECTORS.title),
    company: firstText(doc, SELECTORS.company)?.replace(/\s+careers$/i, '') ?? job?.[1] ?? null,
    locations: places,
    workplaceHints: places,
    salaryText: pay?.replace(PAY, '') ?? null,
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
