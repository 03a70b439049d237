import { escapeText } from 'entities/escape';
import { smartrecruiters } from '../sites/smartrecruiters.ts';
import { isoDate } from './dates.ts';
import { malformed } from './errors.ts';
import { companyOf, toPosting } from './posting.ts';
import { detailRequest, fromSiteUnit, listRequest, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef, BoardRequest } from './types.ts';
import { firstOf, hostsOf, PATH_NAME, segments } from './url-parts.ts';
import { isRecord, type JsonRecord, num, parseJsonBody, rec, records, requiredList, str } from './values.ts';

/**
 * SmartRecruiters Posting API: GET {api}/v1/companies/{company}/postings?offset=N&limit=100 lists
 * postings a page at a time ({ offset, limit, totalFound, content: [...] }), and
 * GET .../postings/{id} gives one with its ad. Follows SmartRecruiters' Posting API reference
 * (the unit's `boardApi` names it; "list postings" and "retrieve a posting": id, uuid, name,
 * refNumber, company {identifier, name}, releasedDate, location {city, region, country, remote,
 * hybrid, fullLocation}, department, typeOfEmployment, experienceLevel, customField, postingUrl,
 * applyUrl, jobAd.sections {companyDescription, jobDescription, qualifications,
 * additionalInformation} each {title, text}) and saved real answers (fullLocation can hold an
 * empty part, "Dublin, , Ireland"; the server may serve fewer than the limit asked). The API
 * has no pay field: pay comes from a company-defined field or the ad's text. An unknown company
 * answers an empty list, not 404.
 */

const API_HOST = firstOf(hostsOf(smartrecruiters.boardApi));
const PAGE = 100;
const BOARD_HOSTS = new Set(hostsOf(smartrecruiters.matches));
// Job ads live on the first of the unit's hosts.
const ADS_HOST = firstOf(hostsOf(smartrecruiters.matches));
// A company-defined field that states pay ("Salary Range": "$80,000 - $95,000").
const PAY_FIELD = /salary|pay|compensation|wage/i;
// The ad's sections in the order the job page shows them.
const SECTIONS = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'];

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const parts = segments(url);
  let company: string | undefined;
  if (BOARD_HOSTS.has(host)) company = parts[0] === 'oneclick-ui' && parts[1] === 'company' ? parts[2] : parts[0];
  else if (host === API_HOST && parts[0] === 'v1' && parts[1] === 'companies') company = parts[2];
  return company && PATH_NAME.test(company) && company !== 'oneclick-ui' ? { kind: 'smartrecruiters', slug: company } : null;
}

const postingsUrl = (ref: BoardRef) => `https://${API_HOST}/v1/companies/${encodeURIComponent(ref.slug)}/postings`;

function listPage(ref: BoardRef, offset: number): BoardRequest {
  return listRequest(`${postingsUrl(ref)}?offset=${offset}&limit=${PAGE}`, 'json', offset);
}

function place(location: JsonRecord): string {
  const full = str(location.fullLocation);
  const parts = full ? full.split(',') : [location.city, location.region, location.country].map(str);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(', ');
}

function workplaceOf(location: JsonRecord): string | null {
  if (location.hybrid === true) return 'Hybrid';
  if (location.remote === true) return 'Remote';
  return location.remote === false && location.hybrid === false ? 'On-site' : null;
}

function posting(ref: BoardRef, item: JsonRecord, ad: JsonRecord | null): BoardPosting | null {
  const id = str(item.id);
  const location = rec(item.location);
  const sections = rec(rec(ad?.jobAd).sections);
  const html = SECTIONS.map((name) => rec(sections[name]))
    .filter((s) => str(s.text))
    .map((s) => `${str(s.title) ? `<h2>${escapeText(str(s.title))}</h2>` : ''}${str(s.text)}`)
    .join('\n');
  const pay = records(item.customField).find((f) => PAY_FIELD.test(str(f.fieldLabel)));
  return toPosting({
    source: 'smartrecruiters',
    url: str(ad?.postingUrl) || `https://${ADS_HOST}/${encodeURIComponent(ref.slug)}/${id}`,
    sourceId: id || null,
    applyUrl: str(ad?.applyUrl) || null,
    title: str(item.name),
    company: companyOf(ref, str(rec(item.company).name)),
    locations: [place(location)],
    workplaceHints: [workplaceOf(location)],
    employmentType: str(rec(item.typeOfEmployment).label) || null,
    salaryText: pay ? str(pay.valueLabel) : null,
    postedAt: isoDate(item.releasedDate),
    descriptionHtml: html,
  });
}

export const smartrecruitersBoard: BoardReader = {
  ...fromSiteUnit(smartrecruiters),
  fromUrl,
  accepts: slugOnOneHost(PATH_NAME),
  start: (ref) => listPage(ref, 0),
  read(ref, request, body) {
    const json = parseJsonBody(body, request.url);
    if (request.step === 'detail') {
      if (!isRecord(json)) throw malformed(request.url, 'not a posting');
      // A posting withdrawn between the list and its detail is no longer open.
      const open = json.active !== false;
      const found = open ? posting(ref, { ...rec(request.carry), ...json }, json) : null;
      return { postings: found ? [found] : [], next: [] };
    }
    const content = requiredList(json, 'content', request.url);
    const offset = (typeof request.carry === 'number' ? request.carry : 0) + content.length;
    const total = num(isRecord(json) ? json.totalFound : null) ?? 0;
    const details: BoardRequest[] = content
      .filter((item) => str(item.id))
      .map((item) => detailRequest(`${postingsUrl(ref)}/${encodeURIComponent(str(item.id))}`, item));
    return { postings: [], next: [...details, ...(content.length > 0 && offset < total ? [listPage(ref, offset)] : [])] };
  },
  fromListing: (ref, request) => posting(ref, rec(request.carry), null),
};
