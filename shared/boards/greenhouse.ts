import { unescapeEncodedMarkup } from '../job/html-text.ts';
import type { Salary } from '../job/parse-salary.ts';
import { greenhouse } from '../sites/greenhouse.ts';
import { isoDate } from './dates.ts';
import { companyOf, periodOf, salaryOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { firstOf, hostsOf, PATH_NAME, segments } from './url-parts.ts';
import { type JsonRecord, num, parseJsonBody, rec, records, requiredList, str } from './values.ts';

/**
 * Greenhouse Job Board API: GET {api}/v1/boards/{token}/jobs?content=true&pay_transparency=true
 * answers the whole board at once ({ jobs: [...], meta: { total } }; no paging). Follows
 * Greenhouse's Job Board API reference (the unit's `boardApi` names it: List Jobs with
 * content=true gives id, internal_job_id, title, updated_at, requisition_id, location.name,
 * absolute_url, metadata, content, departments, offices) and saved real answers for the fields it
 * leaves out: company_name, first_published, and pay_input_ranges ({ min_cents, max_cents,
 * currency_type, title, blurb }), present only with pay_transparency=true. `content` is HTML
 * escaped once more ("&lt;p&gt;"). An unknown token answers 404. Boards on the EU page hosts are
 * served by the same API host, as crawlers that read them found (the EU API name does not resolve).
 */

const API_HOST = firstOf(hostsOf(greenhouse.boardApi));
const BOARD_HOSTS = new Set(hostsOf(greenhouse.matches));
// The new boards' host, where a job without its own address lives.
const JOB_HOST = hostsOf(greenhouse.matches).find((h) => h.startsWith('job-boards.')) ?? API_HOST;

// Custom fields employers expose on the board that say what the posting's own fields do not.
const EMPLOYMENT_FIELD = /employment|job type|time type|schedule/i;
const WORKPLACE_FIELD = /workplace|remote|location type|work model|work arrangement/i;

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  let token: string | null | undefined = null;
  if (BOARD_HOSTS.has(host)) token = parts[0] === 'embed' ? url.searchParams.get('for') : parts[0];
  else if (host === API_HOST && parts[0] === 'v1' && parts[1] === 'boards') token = parts[2];
  return token && PATH_NAME.test(token) ? { kind: 'greenhouse', slug: token.toLowerCase() } : null;
}

function metadataValue(metadata: JsonRecord[], field: RegExp): string | null {
  const found = metadata.find((m) => field.test(str(m.name)));
  if (!found) return null;
  const value = Array.isArray(found.value) ? found.value.map(str).filter(Boolean).join(', ') : str(found.value);
  return value || null;
}

/** The pay ranges a job publishes (one per pay zone): their span, in the first range's currency. */
function payOf(job: JsonRecord): Salary | null {
  const ranges = records(job.pay_input_ranges);
  const currency = str(ranges[0]?.currency_type);
  const same = ranges.filter((r) => str(r.currency_type) === currency);
  const cents = (field: string) => same.map((r) => num(r[field])).filter((n): n is number => n !== null);
  const mins = cents('min_cents');
  const maxes = cents('max_cents');
  if (mins.length === 0 && maxes.length === 0) return null;
  const words = same.map((r) => `${str(r.title)} ${str(r.blurb)}`).join(' ');
  return salaryOf(mins.length ? Math.min(...mins) / 100 : null, maxes.length ? Math.max(...maxes) / 100 : null, currency, periodOf(words));
}

function posting(ref: BoardRef, job: JsonRecord): BoardPosting | null {
  const id = str(job.id);
  const metadata = records(job.metadata);
  const place = str(rec(job.location).name);
  const offices = records(job.offices).map((o) => str(o.name));
  const url = str(job.absolute_url) || `https://${JOB_HOST}/${ref.slug}/jobs/${id}`;
  return toPosting(
    {
      source: 'greenhouse',
      url,
      sourceId: id || null,
      applyUrl: url,
      title: str(job.title),
      company: companyOf(ref, str(job.company_name)),
      locations: place ? [place] : offices,
      workplaceHints: [metadataValue(metadata, WORKPLACE_FIELD), place],
      employmentType: metadataValue(metadata, EMPLOYMENT_FIELD),
      salary: payOf(job),
      postedAt: isoDate(job.first_published),
      descriptionHtml: unescapeEncodedMarkup(str(job.content)),
    },
    isoDate(job.updated_at),
  );
}

export const greenhouseBoard: BoardReader = {
  ...fromSiteUnit(greenhouse),
  fromUrl,
  accepts: slugOnOneHost(PATH_NAME),
  start: (ref) => listRequest(`https://${API_HOST}/v1/boards/${encodeURIComponent(ref.slug)}/jobs?content=true&pay_transparency=true`),
  read(ref, request, body) {
    const jobs = requiredList(parseJsonBody(body, request.url), 'jobs', request.url);
    return { postings: postingsOf(jobs, (job) => posting(ref, job)), next: [] };
  },
};
