import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { firstHtml, firstText, metaContent } from './dom.ts';

/**
 * Ashby boards render a heading, a left pane of labelled facts ("Location", "Employment
 * Type", "Location Type", "Compensation") and the description.
 */
const SELECTORS = {
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-header h1', 'h1[class*="_title_"]'],
  facts: '.ashby-job-posting-left-pane [class*="_section_"], .ashby-job-posting-left-pane > div',
  description: ['.ashby-job-posting-description', '[class*="_descriptionText_"]', '#overview'],
} as const;

// jobs.ashbyhq.com/<company>/<uuid>[/application]
const POSTING = /^\/([^/]+)\/([0-9a-f-]{36})/i;

function fact(doc: Document, label: string): string | null {
  for (const section of Array.from(doc.querySelectorAll(SELECTORS.facts))) {
    const heading = section.querySelector('h2, h3, dt, [class*="_heading_"]');
    if (heading?.textContent?.trim().toLowerCase() !== label) continue;
    const value = (section.textContent ?? '')
      .replace(heading.textContent ?? '', '')
      .replace(/\s+/g, ' ')
      .trim();
    if (value) return value;
  }
  return null;
}

export const readAshby: ReadJob = (doc, url) => {
  const match = POSTING.exec(new URL(url).pathname);
  // <title>Senior Engineer @ Acme</title>
  const titleCompany = /@\s*(.+)$/.exec(metaContent(doc, 'og:title') ?? doc.title)?.[1]?.trim();
  return buildJob({
    source: 'ashby',
    url,
    sourceId: match?.[2] ?? null,
    canonicalUrl: match ? `https://jobs.ashbyhq.com/${match[1]}/${match[2]}` : null,
    applyUrl: match ? `https://jobs.ashbyhq.com/${match[1]}/${match[2]}/application` : null,
    title: firstText(doc, SELECTORS.title),
    company: titleCompany ?? match?.[1] ?? null,
    locations: [fact(doc, 'location')],
    workplaceHints: [fact(doc, 'location type'), fact(doc, 'location')],
    employmentType: fact(doc, 'employment type'),
    salaryText: fact(doc, 'compensation'),
    descriptionHtml: firstHtml(doc, SELECTORS.description),
  });
};
