import { escapeText } from 'entities/escape';
import { personio } from '../sites/personio.ts';
import { isoDate } from './dates.ts';
import { companyOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { customerLabel, firstOf, HOST_LABEL, suffixesOf } from './url-parts.ts';
import { childNamed, childrenNamed, childText, parseXmlBody, type XmlElement } from './xml.ts';

/**
 * Personio's XML position feed: GET https://{company}.{personio jobs host}/xml answers every open
 * position at once (<workzag-jobs><position>…</position></workzag-jobs>; no paging). Follows
 * Personio's documentation (the unit's `boardApi` names it, "Retrieving open positions": id,
 * subcompany, office, department, recruitingCategory, name, jobDescriptions/jobDescription
 * {name, value (HTML in CDATA)}, employmentType permanent|intern|trainee|freelance, seniority,
 * schedule full-time|part-time, yearsOfExperience) and saved real feeds for the rest
 * (additionalOffices/office, keywords, createdAt "2026-08-20T12:14:07+0200"). The feed carries
 * no pay and no job address: the page is /job/{id} on the same host. Positions come in the
 * account's default language. Accounts on the .com domain answer there; an unknown one answers 404.
 */

// The .de domain first: most accounts live there, and a ref names its host only when it is another.
const SUFFIXES = suffixesOf(personio.boardApi);
const DEFAULT_SUFFIX = firstOf(SUFFIXES);

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  for (const suffix of SUFFIXES) {
    const company = customerLabel(host, suffix);
    if (company) return { kind: 'personio', slug: company, ...(suffix === DEFAULT_SUFFIX ? {} : { host }) };
  }
  return null;
}

const hostOf = (ref: BoardRef) => ref.host ?? `${ref.slug}.${DEFAULT_SUFFIX}`;

function posting(ref: BoardRef, position: XmlElement): BoardPosting | null {
  const id = childText(position, 'id');
  const offices = [
    childText(position, 'office'),
    ...childrenNamed(childNamed(position, 'additionalOffices'), 'office').map((o) => o.text.trim()),
  ];
  const html = childrenNamed(childNamed(position, 'jobDescriptions'), 'jobDescription')
    .map((d) => `<h2>${escapeText(childText(d, 'name'))}</h2>${childText(d, 'value')}`)
    .join('\n');
  const employment = [childText(position, 'schedule'), childText(position, 'employmentType')].filter(Boolean).join(', ');
  return toPosting({
    source: 'personio',
    url: `https://${hostOf(ref)}/job/${encodeURIComponent(id)}`,
    sourceId: id || null,
    title: childText(position, 'name'),
    company: companyOf(ref, childText(position, 'subcompany')),
    locations: offices,
    workplaceHints: offices,
    employmentType: employment || null,
    postedAt: isoDate(childText(position, 'createdAt')),
    descriptionHtml: html,
  });
}

export const personioBoard: BoardReader = {
  ...fromSiteUnit(personio),
  fromUrl,
  accepts: (ref) => HOST_LABEL.test(ref.slug) && (ref.host === undefined || SUFFIXES.some((s) => ref.host === `${ref.slug}.${s}`)),
  start: (ref) => listRequest(`https://${hostOf(ref)}/xml`, 'xml'),
  read(ref, request, body) {
    const root = parseXmlBody(body, request.url, 'workzag-jobs');
    return { postings: postingsOf(childrenNamed(root, 'position'), (p) => posting(ref, p)), next: [] };
  },
};
