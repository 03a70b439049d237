import { isoDate } from './dates.ts';
import { toPosting } from './posting.ts';
import { listRequest, postingsOf, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { segments } from './url-parts.ts';
import { type JsonRecord, parseJsonBody, requiredList, str } from './values.ts';

/**
 * Remotive's public remote-jobs API, a feed a user can switch on: GET remotive.com/api/remote-jobs
 * [?category={slug}] answers every active listing at once ({ "job-count", jobs: [...] }).
 * Follows Remotive's documentation (github.com/remotive-com/remote-jobs-api: id, url, title,
 * company_name, category, job_type full_time|contract|part_time|freelance|internship, publication_date
 * "2020-02-15T10:23:26", candidate_required_location, salary text, description HTML), and its
 * terms: listings are shared with a link back to Remotive's own page and Remotive named as the
 * source (the job's `url` is Remotive's page, its `source` is 'remotive'), and read at most four
 * times a day. Every listing is remote; candidate_required_location says from where.
 */

const API = 'https://remotive.com/api/remote-jobs';
const CATEGORY = /^[a-z0-9-]{1,60}$/;

function fromUrl(url: URL): BoardRef | null {
  if (url.hostname.toLowerCase() !== 'remotive.com') return null;
  const parts = segments(url);
  const category = parts[0] === 'api' ? url.searchParams.get('category') : parts[0] === 'remote-jobs' ? parts[1] : undefined;
  if (category === undefined && parts[0] !== 'api' && parts[0] !== 'remote-jobs') return null;
  return { kind: 'remotive', slug: category && CATEGORY.test(category) ? category : 'all' };
}

function posting(job: JsonRecord): BoardPosting | null {
  return toPosting({
    source: 'remotive',
    url: str(job.url),
    sourceId: str(job.id) || null,
    applyUrl: str(job.url) || null,
    title: str(job.title),
    company: str(job.company_name),
    locations: [str(job.candidate_required_location)],
    workplaceHints: ['Remote'],
    employmentType: str(job.job_type) || null,
    salaryText: str(job.salary) || null,
    postedAt: isoDate(job.publication_date),
    descriptionHtml: str(job.description),
  });
}

export const remotiveFeed: BoardReader = {
  kind: 'remotive',
  apiMatches: ['https://remotive.com/*'],
  // "we advise max. 4 times a day"
  minIntervalMinutes: 360,
  fromUrl,
  accepts: slugOnOneHost(CATEGORY),
  start: (ref) => listRequest(ref.slug === 'all' ? API : `${API}?category=${encodeURIComponent(ref.slug)}`),
  read(_ref, request, body) {
    const jobs = requiredList(parseJsonBody(body, request.url), 'jobs', request.url);
    return { postings: postingsOf(jobs, posting), next: [] };
  },
};
