import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { canonicalUrl, firstHtml, firstText, metaContent } from './dom.ts';

const SELECTORS = {
  title: [
    '.job__title h1', // new boards
    '#header h1.app-title', // classic boards
    'h1.app-title',
    'h1.section-header',
  ],
  company: [
    '#header .company-name', // classic: "at Acme Robotics"
    '.job__header .company-name',
  ],
  location: [
    '.job__location', // new boards
    '#header .location', // classic
  ],
  description: [
    '.job__description', // new boards
    '#content', // classic: the description sits in #content above the form
  ],
} as const;

// "/acme/jobs/4012345" on both board generations, and "?token=" on the embed URL.
const JOB_ID = /\/jobs\/(\d+)/;

function companyFromTitle(doc: Document): string | null {
  // <title>Job Application for Senior Engineer at Acme</title>; new boards' og:title is the job title alone.
  for (const title of [doc.title, metaContent(doc, 'og:title')]) {
    const match = /^Job Application for .+?\bat\s+(.+?)\s*$/i.exec(title ?? '') ?? /\bat\s+(.+?)\s*$/.exec(title ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

export const readGreenhouse: ReadJob = (doc, url) => {
  const path = new URL(url);
  const company = firstText(doc, SELECTORS.company)?.replace(/^at\s+/i, '') ?? companyFromTitle(doc);
  return buildJob({
    source: 'greenhouse',
    url,
    sourceId: JOB_ID.exec(path.pathname)?.[1] ?? path.searchParams.get('token'),
    canonicalUrl: canonicalUrl(doc),
    applyUrl: url,
    title: firstText(doc, SELECTORS.title),
    company,
    locations: [firstText(doc, SELECTORS.location)],
    workplaceHints: [firstText(doc, SELECTORS.location)],
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
