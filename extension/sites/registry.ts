import type { JobCapture } from '../../shared/schemas/job.ts';
import { type SiteId, siteOfUrl } from '../../shared/sites/registry.ts';
import { readPage } from '../capture/read-page.ts';
import type { ReadJob } from './adapter.ts';
import { readAshby } from './ashby.ts';
import { readBamboohr } from './bamboohr.ts';
import { readGlassdoor } from './glassdoor.ts';
import { readGreenhouse } from './greenhouse.ts';
import { readIcims } from './icims.ts';
import { readIndeed } from './indeed.ts';
import { readJobvite } from './jobvite.ts';
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

/**
 * The job a page shows, read by its site unit's reader when the URL is a site's (see
 * capture/read-page.ts). The command line, tests and benchmarks read pages through this; in the
 * browser each site's own script holds only its reader.
 */
export function extractJob(doc: Document, url: string): JobCapture | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const site = siteOfUrl(parsed);
  return readPage(doc, url, site ? { id: site.id, read: SITE_READERS[site.id] } : undefined);
}
