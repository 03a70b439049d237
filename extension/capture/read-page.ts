import { mergeJobs } from '../../shared/job/build-job.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { ReadJob } from '../sites/adapter.ts';
import { extractGenericJob } from '../sites/generic.ts';
import { extractJsonLdJob } from '../sites/jsonld.ts';

function safely<T>(name: string, read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    // A site that changed its markup must not break the page or the other sources.
    console.warn(`jobsmith: ${name} could not read this page`, error);
    return fallback;
  }
}

/**
 * The job a page shows: the site's reader (filled in from JSON-LD where it missed something),
 * else the page's JSON-LD, else the generic reader. Null when the page shows no job, or when
 * an SPA is between two jobs. `site` is the reader of the unit whose page this is, if any.
 */
export function readPage(doc: Document, url: string, site?: { id: string; read: ReadJob }): JobCapture | null {
  try {
    new URL(url);
  } catch {
    return null;
  }
  const fromJsonLd = safely('JSON-LD', () => extractJsonLdJob(doc, url), null);
  if (site) {
    const result = safely(site.id, () => site.read(doc, url), null);
    if (result === 'pending') return null;
    if (result) return mergeJobs(result, fromJsonLd);
  }
  return fromJsonLd ?? safely('generic', () => extractGenericJob(doc, url), null);
}
