import { brandOf, withoutLegalForm } from '../job/company-name.ts';
import { workday } from '../sites/workday.ts';
import { isoDate, relativeDate } from './dates.ts';
import { malformed } from './errors.ts';
import { companyOf, toPosting } from './posting.ts';
import { detailRequest, fromSiteUnit } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef, BoardRequest, ReadContext } from './types.ts';
import { HOST_LABEL, PATH_NAME, segments, suffixesOf } from './url-parts.ts';
import { isRecord, type JsonRecord, list, num, parseJsonBody, rec, requiredList, str } from './values.ts';

/**
 * Workday candidate sites' CXS API (the JSON the career site itself reads; Workday publishes no
 * reference for it): POST {host}/wday/cxs/{tenant}/{site}/jobs with {"appliedFacets":{},
 * "limit":20,"offset":N,"searchText":""} lists 20 at a time ({ total, jobPostings: [{ title,
 * externalPath, locationsText, postedOn, remoteType?, bulletFields }], facets }), then
 * GET {host}/wday/cxs/{tenant}/{site}{externalPath} gives one job ({ jobPostingInfo: { title,
 * jobDescription, location, additionalLocations, postedOn, startDate, timeType, jobReqId,
 * remoteType, externalUrl, country }, hiringOrganization: { name } }). Shapes follow real saved
 * answers (a Bega Cheese board's list and detail, and other crawlers' recorded fixtures). Tenants
 * report `total` only on the first page (0 after it), so the first page's total bounds the walk.
 * "N Locations" in a list and "Posted 30+ Days Ago" are labels, not facts.
 */

const PAGE = 20;
const SUFFIXES = suffixesOf(workday.boardApi)
  .map((s) => s.replace(/\./g, '\\.'))
  .join('|');
// A tenant's own host, {tenant}.wd5.{suffix}; a shared one, wd3.{suffix}, names the tenant in its paths (/recruiting/{tenant}/{site}).
const JOBS_HOST = new RegExp(`^([a-z0-9-]+)\\.wd\\d{1,3}\\.(?:${SUFFIXES})$`);
const SITE_HOST = new RegExp(`^wd\\d{1,3}\\.(?:${SUFFIXES})$`);
const LOCALE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;
// A list's "2 Locations" stands for the detail's list of places.
const COUNTED = /^\d+ locations?$/i;
// The requisition id ends a job's path: /job/Hobart-TAS/Quality-Specialist_JR-7309.
const REQ_ID = /_([A-Za-z0-9-]+)$/;

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  if (parts[0] === 'wday' && parts[1] === 'cxs') return ref(host, parts[2], parts[3]);
  if (LOCALE.test(parts[0] ?? '')) parts.shift();
  const jobs = JOBS_HOST.exec(host);
  if (jobs) return ref(host, jobs[1], parts[0]);
  if (SITE_HOST.test(host) && parts[0] === 'recruiting') return ref(host, parts[1], parts[2]);
  return null;
}

function ref(host: string, tenant: string | undefined, site: string | undefined): BoardRef | null {
  const made: BoardRef = { kind: 'workday', slug: (tenant ?? '').toLowerCase(), site: site ?? '', host };
  return accepts(made) ? made : null;
}

function accepts(board: BoardRef): boolean {
  const host = board.host ?? '';
  const hostFits = JOBS_HOST.exec(host)?.[1] === board.slug || SITE_HOST.test(host);
  return hostFits && HOST_LABEL.test(board.slug) && PATH_NAME.test(board.site ?? '') && board.site !== 'job';
}

const cxs = (board: BoardRef) => `https://${board.host}/wday/cxs/${board.slug}/${encodeURIComponent(board.site ?? '')}`;

/** Where a job's page is: the career site's own address for the path. */
function pageUrl(board: BoardRef, externalPath: string): string {
  const site = encodeURIComponent(board.site ?? '');
  const base = SITE_HOST.test(board.host ?? '')
    ? `https://${board.host}/recruiting/${board.slug}/${site}`
    : `https://${board.host}/${site}`;
  return `${base}${externalPath}`;
}

interface ListCarry {
  offset: number;
  total: number | null;
}

function listPage(board: BoardRef, offset: number, total: number | null): BoardRequest {
  const carry: ListCarry = { offset, total };
  const body = JSON.stringify({ appliedFacets: {}, limit: PAGE, offset, searchText: '' });
  return { url: `${cxs(board)}/jobs`, method: 'POST', body, format: 'json', step: 'list', carry };
}

function listed(request: BoardRequest): JsonRecord {
  return isRecord(request.carry) ? request.carry : {};
}

function companyName(board: BoardRef, organization: string): string {
  return companyOf(board, organization ? brandOf(withoutLegalForm(organization), [board.slug]) : null);
}

function fromDetail(board: BoardRef, request: BoardRequest, body: string, context: ReadContext): BoardPosting | null {
  const json = parseJsonBody(body, request.url);
  if (!isRecord(json) || !isRecord(json.jobPostingInfo)) throw malformed(request.url, 'no "jobPostingInfo"');
  const info = json.jobPostingInfo;
  const item = listed(request);
  const path = str(item.externalPath);
  const url = str(info.externalUrl) || pageUrl(board, path);
  return toPosting({
    source: 'workday',
    url,
    sourceId: str(info.jobReqId) || REQ_ID.exec(path)?.[1] || null,
    applyUrl: `${url.replace(/\/$/, '')}/apply`,
    title: str(info.title) || str(item.title),
    company: companyName(board, str(rec(json.hiringOrganization).name)),
    locations: [str(info.location), ...list(info.additionalLocations).map(str)],
    workplaceHints: [str(info.remoteType), str(item.remoteType)],
    employmentType: str(info.timeType) || null,
    postedAt: isoDate(info.startDate) ?? relativeDate(str(info.postedOn) || str(item.postedOn), context.now),
    descriptionHtml: str(info.jobDescription),
  });
}

export const workdayBoard: BoardReader = {
  ...fromSiteUnit(workday),
  fromUrl,
  accepts,
  start: (board) => listPage(board, 0, null),
  read(board, request, body, context) {
    if (request.step === 'detail') {
      const found = fromDetail(board, request, body, context);
      return { postings: found ? [found] : [], next: [] };
    }
    const json = parseJsonBody(body, request.url);
    const postings = requiredList(json, 'jobPostings', request.url);
    const carry = request.carry as ListCarry;
    const total = carry.total ?? num(isRecord(json) ? json.total : null) ?? 0;
    const details: BoardRequest[] = postings
      .filter((p) => str(p.externalPath).startsWith('/'))
      .map((p) => detailRequest(`${cxs(board)}${str(p.externalPath)}`, p));
    const offset = carry.offset + postings.length;
    const more = postings.length > 0 && offset < total;
    return { postings: [], next: [...details, ...(more ? [listPage(board, offset, total)] : [])] };
  },
  fromListing(board, request, context) {
    const item = listed(request);
    const path = str(item.externalPath);
    const place = str(item.locationsText);
    return toPosting({
      source: 'workday',
      url: pageUrl(board, path),
      sourceId: REQ_ID.exec(path)?.[1] ?? null,
      title: str(item.title),
      company: companyName(board, ''),
      locations: COUNTED.test(place) ? [] : [place],
      workplaceHints: [str(item.remoteType)],
      postedAt: relativeDate(str(item.postedOn), context.now),
    });
  },
};
