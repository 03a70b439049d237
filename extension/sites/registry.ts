import { mergeJobs } from '../../shared/job/build-job.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { SiteAdapter } from './adapter.ts';
import { ashby } from './ashby.ts';
import { extractGenericJob } from './generic.ts';
import { greenhouse } from './greenhouse.ts';
import { indeed } from './indeed.ts';
import { extractJsonLdJob } from './jsonld.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { workday } from './workday.ts';

/** One adapter per site we know; the first whose URL matches reads the page. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby];

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
 * The job a page shows: the site's adapter (filled in from JSON-LD where it missed something),
 * else the page's JSON-LD, else the generic reader. Null when the page shows no job, or when
 * an SPA is between two jobs.
 */
export function extractJob(doc: Document, url: string): JobCapture | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const fromJsonLd = safely('JSON-LD', () => extractJsonLdJob(doc, url), null);
  const site = SITE_ADAPTERS.find((adapter) => adapter.matches(parsed));
  if (site) {
    const result = safely(site.source, () => site.extractJob(doc, url), null);
    if (result === 'pending') return null;
    if (result) return mergeJobs(result, fromJsonLd);
  }
  return fromJsonLd ?? safely('generic', () => extractGenericJob(doc, url), null);
}
