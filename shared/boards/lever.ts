import { escapeText } from 'entities/escape';
import { lever } from '../sites/lever.ts';
import { isoDate } from './dates.ts';
import { malformed } from './errors.ts';
import { companyOf, periodOf, salaryOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef, BoardRequest } from './types.ts';
import { firstOf, hostsOf, PATH_NAME, segments } from './url-parts.ts';
import { type JsonRecord, list, num, parseJsonBody, rec, records, str } from './values.ts';

/**
 * Lever Postings API: GET {api}/v0/postings/{site}?mode=json&skip=N&limit=N answers a bare array
 * of postings, a page at a time; a page shorter than the limit is the last. Follows Lever's
 * documentation (the unit's `boardApi` names it; README "Get a list of job postings": id, text,
 * categories {location, commitment, team, department, allLocations}, country, description
 * (opening and body), lists [{text, content}], additional, hostedUrl, applyUrl, workplaceType
 * (unspecified, on-site, remote, hybrid), salaryRange {currency, interval, min, max},
 * salaryDescriptionPlain) and saved real answers: createdAt is epoch milliseconds, interval reads
 * "per-year-salary", "per-month-salary", "per-hour-wage". EU accounts answer on the EU API host
 * (their boards are on the EU jobs host). An unknown site answers 404 {"ok":false}.
 */

const PAGE = 100;
// The unit's API hosts, global first; each jobs host's API is the same name with "api." for "jobs.".
const HOSTS = new Set(hostsOf(lever.boardApi));
const DEFAULT_HOST = firstOf(hostsOf(lever.boardApi));
const API_HOSTS: Record<string, string> = Object.fromEntries(hostsOf(lever.matches).map((h) => [h, h.replace(/^jobs\./, 'api.')]));

// workplaceType in words detectWorkplace reads ("unspecified" says nothing).
const WORKPLACE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On-site' };

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  const apiHost = API_HOSTS[host] ?? (HOSTS.has(host) && parts[0] === 'v0' && parts[1] === 'postings' ? host : null);
  const site = HOSTS.has(host) ? parts[2] : parts[0];
  if (!apiHost || !site || !PATH_NAME.test(site)) return null;
  return { kind: 'lever', slug: site.toLowerCase(), ...(apiHost === DEFAULT_HOST ? {} : { host: apiHost }) };
}

function page(ref: BoardRef, skip: number): BoardRequest {
  const host = ref.host ?? DEFAULT_HOST;
  return listRequest(`https://${host}/v0/postings/${encodeURIComponent(ref.slug)}?mode=json&skip=${skip}&limit=${PAGE}`, 'json', skip);
}

/** The description as the hosted page shows it: the text, each list under its heading, the closing part. */
function descriptionHtml(posting: JsonRecord): string {
  const lists = records(posting.lists).map((l) => `<h3>${escapeText(str(l.text))}</h3><ul>${str(l.content)}</ul>`);
  return [str(posting.description), ...lists, str(posting.additional)].join('\n');
}

function posting(ref: BoardRef, item: JsonRecord): BoardPosting | null {
  const categories = rec(item.categories);
  const all = list(categories.allLocations).map(str).filter(Boolean);
  const pay = rec(item.salaryRange);
  const workplace = WORKPLACE[str(item.workplaceType).toLowerCase()];
  return toPosting({
    source: 'lever',
    url: str(item.hostedUrl) || `https://${(ref.host ?? DEFAULT_HOST).replace(/^api\./, 'jobs.')}/${ref.slug}/${str(item.id)}`,
    sourceId: str(item.id) || null,
    applyUrl: str(item.applyUrl) || null,
    title: str(item.text),
    company: companyOf(ref, null),
    locations: all.length > 0 ? all : [str(categories.location)],
    workplaceHints: [workplace, str(categories.location), str(categories.commitment)],
    employmentType: str(categories.commitment) || null,
    salary: salaryOf(num(pay.min), num(pay.max), str(pay.currency), periodOf(str(pay.interval))),
    salaryText: str(item.salaryDescriptionPlain) || null,
    postedAt: isoDate(num(item.createdAt)),
    descriptionHtml: descriptionHtml(item),
  });
}

export const leverBoard: BoardReader = {
  ...fromSiteUnit(lever),
  fromUrl,
  accepts: (ref) => PATH_NAME.test(ref.slug) && (ref.host === undefined || HOSTS.has(ref.host)),
  start: (ref) => page(ref, 0),
  read(ref, request, body) {
    const json = parseJsonBody(body, request.url);
    if (!Array.isArray(json)) throw malformed(request.url, 'not an array of postings');
    const items = records(json);
    const skip = typeof request.carry === 'number' ? request.carry : 0;
    return {
      postings: postingsOf(items, (item) => posting(ref, item)),
      next: json.length >= PAGE ? [page(ref, skip + json.length)] : [],
    };
  },
};
