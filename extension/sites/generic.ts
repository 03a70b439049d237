import { buildJob } from '../../shared/job/build-job.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { canonicalUrl, firstElement, firstText, metaContent } from './dom.ts';

/**
 * The last resort for career pages no adapter knows and that publish no JSON-LD. It claims a
 * job only when the page really looks like one, because a false "job" on a blog post or a
 * company homepage is worse than none.
 */
const SIGNALS = {
  // The URL names a job ("/careers/...", "/jobs/123", "/stellenangebote/...").
  path: /\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|postings?|stellen\w*|requisitions?)(\/|$|\?|-)/i,
  // Somewhere to apply.
  apply: /\b(apply|submit (your )?application|bewerben|postuler)\b/i,
  // Words a job description has under its headings.
  description: /\b(responsibilit|requirements?|qualifications?|what you.ll do|experience|about the role|benefits)\b/i,
  mainText: 500, // characters: a listing page or a stub has less
  scanned: 200_000, // characters searched for description words: a job says them early
  controls: 2000, // links and buttons looked at for "Apply": a huge page's first ones
} as const;

const SELECTORS = {
  main: ['main', '[role="main"]', 'article', '#content', 'body'],
  applyControls: 'a, button, input[type="submit"]',
} as const;

export function extractGenericJob(doc: Document, url: string): JobCapture | null {
  const path = new URL(url).pathname;
  const ogType = metaContent(doc, 'og:type') ?? '';
  if (!SIGNALS.path.test(path) && !/job/i.test(ogType)) return null;
  const main = firstElement(doc, SELECTORS.main);
  // The browser's own textContent for the signals: a page of 50,000 nodes must not cost a walk in
  // script before it has shown that it is a job. Only the fields are read without style text.
  const mainText = main?.textContent ?? '';
  if (mainText.length < SIGNALS.mainText || !SIGNALS.description.test(mainText.slice(0, SIGNALS.scanned))) return null;
  const canApply = Array.from(doc.querySelectorAll(SELECTORS.applyControls))
    .slice(0, SIGNALS.controls)
    .some((el) => SIGNALS.apply.test(el.textContent?.slice(0, 200) ?? el.getAttribute('value') ?? ''));
  if (!canApply) return null;
  return buildJob({
    source: 'generic',
    url,
    canonicalUrl: canonicalUrl(doc),
    title: firstText(main ?? doc, ['h1']) ?? metaContent(doc, 'og:title'),
    // A company's careers site names itself ("Copper Kettle Careers"): the employer, not the site.
    company: metaContent(doc, 'og:site_name')?.replace(/\s*[-|–]?\s*(careers?|jobs)$/i, '') ?? null,
    descriptionHtml: main?.innerHTML ?? null,
  });
}
