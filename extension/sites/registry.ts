import { mergeJobs } from '../../shared/job/build-job.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { type SiteId, siteOfUrl } from '../../shared/sites/registry.ts';
import type { ReadJob } from './adapter.ts';
import { readAshby } from './ashby.ts';
import { readBamboohr } from './bamboohr.ts';
import { extractGenericJob } from './generic.ts';
import { readGlassdoor } from './glassdoor.ts';
import { readGreenhouse } from './greenhouse.ts';
import { readIcims } from './icims.ts';
import { readIndeed } from './indeed.ts';
import { readJobvite } from './jobvite.ts';
import { extractJsonLdJob } from './jsonld.ts';
import { readLever } from './lever.ts';
import { readLinkedin } from './linkedin.ts';
import { readOracle } from './oracle.ts';
import { readPersonio } from './personio.ts';
import { readRecruitee } from './recruitee.ts';
import { readSeek } from './seek.ts';
import { readSmartrecruiters } from './smartrecruiters.ts';
import { readStepstone } from './stepstone.ts';
import { readSuccessfactors } from './successfactors.ts';
import { readTeamtailor } from './teamtailor.ts';
import { readWellfound } from './wellfound.ts';
import { readWorkable } from './workable.ts';
import { readWorkday } from './workday.ts';

/** The DOM reader of every site unit (a Record: a unit without one does not compile). */
export const SITE_READERS: Record<SiteId, ReadJob> = {
  linkedin: readLinkedin,
  indeed: readIndeed,
  greenhouse: readGreenhouse,
  lever: readLever,
  workday: readWorkday,
  ashby: readAshby,
  glassdoor: readGlassdoor,
  teamtailor: readTeamtailor,
  workable: readWorkable,
  recruitee: readRecruitee,
  personio: readPersonio,
  successfactors: readSuccessfactors,
  smartrecruiters: readSmartrecruiters,
  icims: readIcims,
  jobvite: readJobvite,
  seek: readSeek,
  stepstone: readStepstone,
  wellfound: readWellfound,
  oracle: readOracle,
  bamboohr: readBamboohr,
};

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
  const site = siteOfUrl(parsed);
  if (site) {
    const result = safely(site.id, () => SITE_READERS[site.id](doc, url), null);
    if (result === 'pending') return null;
    if (result) return mergeJobs(result, fromJsonLd);
  }
  return fromJsonLd ?? safely('generic', () => extractGenericJob(doc, url), null);
}
