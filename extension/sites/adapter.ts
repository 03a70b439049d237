import type { JobCapture, JobSource } from '../../shared/schemas/job.ts';

/**
 * `'pending'`: the page is a job page of this site but it has not finished showing the job the
 * URL names (an SPA mid-navigation). Nothing is shown then, rather than the previous job.
 */
export type Extraction = JobCapture | null | 'pending';

export interface SiteAdapter {
  source: JobSource;
  /** Whether the URL belongs to this site (the manifest's match patterns decide where it runs). */
  matches: (url: URL) => boolean;
  extractJob: (doc: Document, url: string) => Extraction;
}
