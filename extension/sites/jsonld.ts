import { jobFromJsonLd } from '../../shared/job/jsonld.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { jsonLdBlocks } from './dom.ts';

/** Any page that publishes a schema.org JobPosting (most career sites do, for search engines). */
export function extractJsonLdJob(doc: Document, url: string): JobCapture | null {
  return jobFromJsonLd(jsonLdBlocks(doc), url);
}
