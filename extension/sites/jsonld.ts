import { jobFromJsonLd } from '../../shared/job/jsonld.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';

/** Any page that publishes a schema.org JobPosting (most career sites do, for search engines). */
export function extractJsonLdJob(doc: Document, url: string): JobCapture | null {
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (el) => el.textContent ?? '');
  return jobFromJsonLd(blocks, url);
}
