import type { Salary } from '../job/parse-salary.ts';
import { ashby } from '../sites/ashby.ts';
import { isoDate } from './dates.ts';
import { companyOf, periodOf, salaryOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { firstOf, hostsOf, segments } from './url-parts.ts';
import { type JsonRecord, num, parseJsonBody, rec, records, requiredList, str } from './values.ts';

/**
 * Ashby public job posting API: GET {api}/posting-api/job-board/{board}?includeCompensation=true
 * answers every published job at once ({ apiVersion, jobs: [...] }; no paging, no detail call).
 * Follows Ashby's documentation (the unit's `boardApi` names it: title,
 * location, secondaryLocations [{location, address}], department, team, isListed, isRemote,
 * descriptionHtml, publishedAt, employmentType FullTime|PartTime|Intern|Contract|Temporary,
 * address.postalAddress, jobUrl, applyUrl, compensation {compensationTierSummary,
 * compensationTiers [{components [{compensationType, interval "1 YEAR", currencyCode, minValue,
 * maxValue}]}]}) and saved real answers for id, workplaceType (OnSite, Remote, Hybrid),
 * compensation.summaryComponents and shouldDisplayCompensationOnJobPostings. The API states no
 * company name. Board names may hold spaces ("Superhuman Platform Inc").
 */

const API_HOST = firstOf(hostsOf(ashby.boardApi));
const JOBS_HOST = firstOf(hostsOf(ashby.matches));
// Ashby board names as its job pages carry them: letters, digits, spaces and a few marks.
const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._&'-]{0,99}$/;

const WORKPLACE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  const name = host === JOBS_HOST ? parts[0] : host === API_HOST && parts[0] === 'posting-api' ? parts[2] : null;
  return name && BOARD_NAME.test(name) && name !== 'api' ? { kind: 'ashby', slug: name } : null;
}

/** Pay: the summary's salary component, else the span of the tiers' salary components; none when the employer hides it. */
function payOf(job: JsonRecord): Salary | null {
  if (job.shouldDisplayCompensationOnJobPostings === false) return null;
  const compensation = rec(job.compensation);
  const summary = records(compensation.summaryComponents);
  const tiers = records(compensation.compensationTiers).flatMap((t) => records(t.components));
  const salaries = (parts: JsonRecord[]) => parts.filter((c) => str(c.compensationType).toLowerCase() === 'salary');
  const found = salaries(summary).length > 0 ? salaries(summary) : salaries(tiers);
  const first = found[0];
  if (!first) return null;
  const same = found.filter((c) => str(c.currencyCode) === str(first.currencyCode) && str(c.interval) === str(first.interval));
  const mins = same.map((c) => num(c.minValue)).filter((n): n is number => n !== null);
  const maxes = same.map((c) => num(c.maxValue)).filter((n): n is number => n !== null);
  return salaryOf(
    mins.length ? Math.min(...mins) : null,
    maxes.length ? Math.max(...maxes) : null,
    str(first.currencyCode),
    periodOf(str(first.interval)),
  );
}

function posting(ref: BoardRef, job: JsonRecord): BoardPosting | null {
  const id = str(job.id);
  const secondary = records(job.secondaryLocations).map((l) => str(l.location));
  const workplace = WORKPLACE[str(job.workplaceType).toLowerCase()] ?? (job.isRemote === true ? 'Remote' : null);
  return toPosting({
    source: 'ashby',
    url: str(job.jobUrl) || `https://${JOBS_HOST}/${encodeURIComponent(ref.slug)}/${id}`,
    sourceId: id || null,
    applyUrl: str(job.applyUrl) || null,
    title: str(job.title),
    company: companyOf(ref, null),
    locations: [str(job.location), ...secondary],
    workplaceHints: [workplace, str(job.location)],
    employmentType: str(job.employmentType) || null,
    salary: payOf(job),
    salaryText:
      job.shouldDisplayCompensationOnJobPostings === false ? null : str(rec(job.compensation).scrapeableCompensationSalarySummary) || null,
    postedAt: isoDate(job.publishedAt),
    descriptionHtml: str(job.descriptionHtml),
  });
}

export const ashbyBoard: BoardReader = {
  ...fromSiteUnit(ashby),
  fromUrl,
  accepts: slugOnOneHost(BOARD_NAME),
  start: (ref) => listRequest(`https://${API_HOST}/posting-api/job-board/${encodeURIComponent(ref.slug)}?includeCompensation=true`),
  read(ref, request, body) {
    const jobs = requiredList(parseJsonBody(body, request.url), 'jobs', request.url);
    // Unlisted jobs are reachable only by their link: the employer does not advertise them.
    const listed = jobs.filter((job) => job.isListed !== false);
    return { postings: postingsOf(listed, (job) => posting(ref, job)), next: [] };
  },
};
