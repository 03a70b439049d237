import { workable } from '../sites/workable.ts';
import { isoDate } from './dates.ts';
import { companyOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { customerLabel, firstOf, hostsOf, PATH_NAME, segments } from './url-parts.ts';
import { type JsonRecord, parseJsonBody, records, requiredList, str } from './values.ts';

/**
 * Workable's public job widget API: GET {api}/api/v1/widget/accounts/{account}?details=true
 * answers the account's published jobs at once ({ name, description, jobs: [...] }; no paging),
 * descriptions included with details=true. The shape follows Workable's embeddable widget as saved
 * real answers record it: title, shortcode, employment_type, telecommuting, department, url,
 * application_url, published_on, created_at, country, city, state, locations [{country,
 * countryCode, city, region, hidden}], description (HTML), requirements and benefits when the
 * account fills them. The job page is {api}/{account}/j/{shortcode}/. An unknown
 * account answers 404; Workable answers 429 quickly to bursts.
 */

const HOST = firstOf(hostsOf(workable.boardApi));
// Older career pages live on {account}.{domain}.
const DOMAIN = HOST.split('.').slice(1).join('.');

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  let account: string | null | undefined = null;
  if (host === HOST) account = parts[0] === 'api' ? (parts.includes('accounts') ? parts[parts.indexOf('accounts') + 1] : null) : parts[0];
  else account = customerLabel(host, DOMAIN);
  return account && PATH_NAME.test(account) && account !== 'j' ? { kind: 'workable', slug: account.toLowerCase() } : null;
}

function places(job: JsonRecord): string[] {
  const listed = records(job.locations)
    .filter((l) => l.hidden !== true)
    .map((l) => [l.city, l.region, l.country].map(str).filter(Boolean).join(', '));
  return listed.length > 0 ? listed : [[job.city, job.state, job.country].map(str).filter(Boolean).join(', ')];
}

function posting(ref: BoardRef, company: string, job: JsonRecord): BoardPosting | null {
  const shortcode = str(job.shortcode);
  const extra = (['Requirements', 'Benefits'] as const)
    .map((title) => ({ title, html: str(job[title.toLowerCase()]) }))
    .filter((part) => part.html);
  return toPosting({
    source: 'workable',
    url: shortcode ? `https://${HOST}/${ref.slug}/j/${shortcode}/` : str(job.url),
    sourceId: shortcode || null,
    applyUrl: str(job.application_url) || null,
    title: str(job.title),
    company: companyOf(ref, company),
    locations: places(job),
    workplaceHints: [job.telecommuting === true ? 'Remote' : null],
    employmentType: str(job.employment_type) || null,
    postedAt: isoDate(job.published_on) ?? isoDate(job.created_at),
    descriptionHtml: [str(job.description), ...extra.map((part) => `<h2>${part.title}</h2>${part.html}`)].join('\n'),
  });
}

export const workableBoard: BoardReader = {
  ...fromSiteUnit(workable),
  fromUrl,
  accepts: slugOnOneHost(PATH_NAME),
  start: (ref) => listRequest(`https://${HOST}/api/v1/widget/accounts/${encodeURIComponent(ref.slug)}?details=true`),
  read(ref, request, body) {
    const json = parseJsonBody(body, request.url);
    const jobs = requiredList(json, 'jobs', request.url);
    const company = str((json as JsonRecord).name);
    return { postings: postingsOf(jobs, (job) => posting(ref, company, job)), next: [] };
  },
};
