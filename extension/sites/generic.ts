import { buildJob } from '../../shared/job/build-job.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { canonicalUrl, firstElement, firstText, metaContent, textOf } from './dom.ts';

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
  const mainText = textOf(main) ?? '';
  if (mainText.length < SIGNALS.mainText || !SIGNALS.description.test(mainText)) return null;
  const canApply = Array.from(doc.querySelectorAll(SELECTORS.applyControls)).some((el) =>
    SIGNALS.apply.test(textOf(el) ?? el.getAttribute('value') ?? ''),
  );
  if (!canApply) return null;
  return buildJob({
    source: 'generic',
    url,
    canonicalUrl: canonicalUrl(doc),
    title: firstText(main ?? doc, ['h1']) ?? metaContent(doc, 'og:title'),
    company: metaContent(doc, 'og:site_name'),
    descriptionHtml: main?.innerHTML ?? null,
  });
}
