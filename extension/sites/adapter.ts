import type { JobCapture } from '../../shared/schemas/job.ts';

/**
 * `'pending'`: the page is a job page of this site but it has not finished showing the job the
 * URL names (an SPA mid-navigation). Nothing is shown then, rather than the previous job.
 */
export type Extraction = JobCapture | null | 'pending';

/** The DOM side of a site unit (its facts are `shared/sites/<id>.ts`): reads a job off its pages. */
export type ReadJob = (doc: Document, url: string) => Extraction;
