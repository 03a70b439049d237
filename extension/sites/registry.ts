import type { JobCapture } from '../../shared/schemas/job.ts';
import { extractJsonLdJob } from './jsonld.ts';

export interface SiteAdapter {
  name: string;
  /** Whether this adapter applies to the URL at all. */
  matches: (url: URL) => boolean;
  extractJob: (doc: Document, url: string) => JobCapture | null;
}

/** Tried in order; the first adapter that finds a job wins. Site adapters go before the generic ones. */
export const ADAPTERS: readonly SiteAdapter[] = [{ name: 'jsonld', matches: () => true, extractJob: extractJsonLdJob }];

export function extractJob(doc: Document, url: string): JobCapture | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const adapter of ADAPTERS) {
    if (!adapter.matches(parsed)) continue;
    try {
      const job = adapter.extractJob(doc, url);
      if (job) return job;
    } catch (error) {
      // A page whose markup changed must not break the others: report and try the next adapter.
      console.warn(`jobsmith: ${adapter.name} adapter failed`, error);
    }
  }
  return null;
}
