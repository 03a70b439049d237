import { buildJob } from '../../shared/job/build-job.ts';
import type { ReadJob } from './adapter.ts';
import { allTexts, canonicalUrl, firstElement, firstHtml, firstText, textOf } from './dom.ts';

/**
 * Wellfound's job page: a header card (company link, title, a line of pills, a grid of labelled
 * facts), then "About the job", "About the company" and "Similar Jobs" cards of other startups.
 * Utility classes (Tailwind) say nothing, so the reader goes by structure and labels.
 */
const SELECTORS = {
  // <div data-test="JobListing">; the site header above it links to other jobs too.
  listing: ['[data-test="JobListing"]'],
  title: ['h1'],
  // <a href="/company/<slug>"><span>Name</span></a>; the logo link before it holds no text.
  company: ['a[href^="/company/"] span', '[data-testid="startup-header"] h3'],
  // "$150k – $280k • 0.1% – 0.5%", "| Remote (United States) • San Francisco", "| Full Time".
  pills: 'h1 + ul > li',
  // The facts grid: <div><span class="font-semibold">Job Location</span>value</div>.
  factLabels: 'span.font-semibold',
  description: ['#job-description', '[class*="styles_description__"]'],
  // The header's Apply button or link names the job the card shows.
  jobLinks: '[onclick*="/jobs/"], a[href*="/jobs/"]',
} as const;

// "Remote Work Policy" as Wellfound words it, as a workplace label.
const REMOTE_POLICY: Array<[RegExp, string]> = [
  [/remote only/i, 'Remote'], // hires remotely only
  [/hybrid|wfh flexibility/i, 'Hybrid'], // "In office - WFH flexibility"
  [/^in office|onsite only/i, 'On-site'], // office presence, no remote option
];

const JOB_ID = /\/jobs\/(\d+)-/;
const SLUG = /^(\d+)-[\w-]*$/;

function jobSlug(url: URL): string | null {
  const fromPath = /\/jobs\/(\d+-[\w-]*)/.exec(url.pathname)?.[1];
  const fromQuery = url.searchParams.get('job_listing_slug');
  return fromPath ?? (fromQuery && SLUG.test(fromQuery) ? fromQuery : null);
}

/** The value beside a label of the facts grid, as its links (several places) or its text. */
function fact(root: ParentNode, label: string): string[] {
  const span = Array.from(root.querySelectorAll(SELECTORS.factLabels)).find((s) => textOf(s)?.toLowerCase() === label);
  const box = span?.parentElement;
  if (!box) return [];
  const links = allTexts(box, 'a');
  if (links.length > 0) return links;
  const value = (textOf(box) ?? '').slice((textOf(span) ?? '').length).trim();
  return value ? [value] : [];
}

export const readWellfound: ReadJob = (doc, url) => {
  const parsed = new URL(url);
  const slug = jobSlug(parsed);
  const wanted = slug ? SLUG.exec(slug)?.[1] : null;
  const root = firstElement(doc, SELECTORS.listing);
  if (!root) return wanted && !JOB_ID.test(parsed.pathname) ? 'pending' : null;
  const links = Array.from(root.querySelectorAll(SELECTORS.jobLinks), (el) => el.getAttribute('onclick') ?? el.getAttribute('href') ?? '');
  const shown = links.map((link) => JOB_ID.exec(link)?.[1]).find(Boolean) ?? null;
  // A listing was opened from the search and the card still shows the previous one.
  if (wanted && shown && wanted !== shown) return 'pending';
  // The pills, without the "|" separators drawn between them.
  const pills = allTexts(root, SELECTORS.pills).map((pill) => pill.replace(/^\|\s*/, ''));
  const pay = pills.find((pill) => /\d/.test(pill) && /[$£€₹¥]|\b[A-Z]{3}\b/.test(pill));
  const policy = fact(root, 'remote work policy')[0] ?? '';
  const canonical = JOB_ID.test(parsed.pathname) ? canonicalUrl(doc) : null;
  const jobUrl = canonical ?? (slug ? `${parsed.origin}/jobs/${slug}` : null);
  return buildJob({
    source: 'wellfound',
    url,
    sourceId: shown ?? wanted ?? null,
    canonicalUrl: jobUrl,
    applyUrl: jobUrl ? `${jobUrl}?autoOpenApplication=true` : null,
    title: firstText(root, SELECTORS.title),
    company: firstText(root, SELECTORS.company),
    locations: fact(root, 'job location'),
    workplaceHints: [REMOTE_POLICY.find(([re]) => re.test(policy))?.[1]],
    employmentType: pills.find((pill) => /time|contract|intern/i.test(pill)) ?? null,
    // "$150k – $280k • 0.1% – 0.5%": the equity after the bullet is not pay.
    salaryText: pay?.split('•')[0] ?? null,
    descriptionHtml: firstHtml(root, SELECTORS.description),
  });
};
