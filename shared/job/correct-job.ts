import type { JobCapture } from '../schemas/job.ts';
import { dedupeKey } from './dedupe-key.ts';

/** What the user may correct on a job before saving it: what a page most often gets wrong. */
export interface JobCorrection {
  title: string;
  company: string;
  location: string;
}

export function correctionOf(job: JobCapture): JobCorrection {
  return { title: job.title, company: job.company, location: job.locations.join(' · ') };
}

/**
 * The job with the user's corrections. The dedupe key follows the corrected company and title,
 * so a job read wrong on one site still meets its twin saved from another. An emptied title
 * keeps the page's (a job needs one); an emptied company or location is left empty.
 */
export function correctJob(job: JobCapture, fix: JobCorrection): JobCapture {
  const title = fix.title.trim().slice(0, 300) || job.title;
  const company = fix.company.trim().slice(0, 200);
  const location = fix.location.trim().slice(0, 200);
  const locations = location === job.locations.join(' · ') ? job.locations : location ? [location] : [];
  return { ...job, title, company, locations, dedupeKey: dedupeKey(company, title) };
}
