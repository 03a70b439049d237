import { teamtailor } from '../sites/teamtailor.ts';
import { isoDate } from './dates.ts';
import { companyOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { customerLabel, firstOf, HOST_LABEL, suffixesOf } from './url-parts.ts';
import { childNamed, childrenNamed, childText, parseXmlBody, type XmlElement } from './xml.ts';

/**
 * Teamtailor career sites' public RSS feed: GET https://{company}.{teamtailor}/jobs.rss lists
 * the published jobs (<rss><channel><title>{company}</title><item>…</item></channel></rss>;
 * per_page raises the first-100 default, there is no documented paging). Teamtailor documents
 * the feed only as a career-site option, so the shape follows saved real feeds: each item has
 * title, description (HTML, entity-escaped), pubDate (RFC 822), link, guid, remoteStatus
 * (none, hybrid, temporary, fully), tt:locations/tt:location {tt:name, tt:city, tt:country},
 * tt:department, tt:role. No pay field. Regional sites live on {company}.{region}.{teamtailor};
 * an unknown company answers 404.
 */

const SUFFIX = firstOf(suffixesOf(teamtailor.boardApi));
const PER_PAGE = 200;
const REGIONAL = new RegExp(`^([a-z0-9-]+)\\.([a-z]{2})\\.${SUFFIX.replace(/\./g, '\\.')}$`);
// A job's address starts with its numeric id: /jobs/4821907-battery-systems-engineer.
const JOB_ID = /\/jobs\/(\d+)/;

// remoteStatus in words detectWorkplace reads; "temporary" is remote for now, "none" is at the office.
const WORKPLACE: Record<string, string> = { fully: 'Remote', temporary: 'Remote', hybrid: 'Hybrid', none: 'On-site' };

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const regional = REGIONAL.exec(host);
  if (regional?.[1] && HOST_LABEL.test(regional[1])) return { kind: 'teamtailor', slug: regional[1], host };
  const company = customerLabel(host, SUFFIX);
  return company ? { kind: 'teamtailor', slug: company } : null;
}

const hostOf = (ref: BoardRef) => ref.host ?? `${ref.slug}.${SUFFIX}`;

function posting(ref: BoardRef, company: string, item: XmlElement): BoardPosting | null {
  const link = childText(item, 'link');
  const locations = childrenNamed(childNamed(item, 'tt:locations'), 'tt:location').map(
    (l) => childText(l, 'tt:name') || [childText(l, 'tt:city'), childText(l, 'tt:country')].filter(Boolean).join(', '),
  );
  return toPosting({
    source: 'teamtailor',
    url: link,
    sourceId: JOB_ID.exec(link)?.[1] ?? (childText(item, 'guid') || null),
    applyUrl: link ? `${link.replace(/\/$/, '')}/applications/new` : null,
    title: childText(item, 'title'),
    company: companyOf(ref, company),
    locations,
    workplaceHints: [WORKPLACE[childText(item, 'remoteStatus').toLowerCase()]],
    postedAt: isoDate(childText(item, 'pubDate')),
    descriptionHtml: childText(item, 'description'),
  });
}

export const teamtailorBoard: BoardReader = {
  ...fromSiteUnit(teamtailor),
  fromUrl,
  accepts: (ref) => HOST_LABEL.test(ref.slug) && (ref.host === undefined || REGIONAL.exec(ref.host)?.[1] === ref.slug),
  start: (ref) => listRequest(`https://${hostOf(ref)}/jobs.rss?per_page=${PER_PAGE}`, 'xml'),
  read(ref, request, body) {
    const channel = childNamed(parseXmlBody(body, request.url, 'rss'), 'channel');
    const company = childText(channel, 'title');
    return { postings: postingsOf(childrenNamed(channel, 'item'), (item) => posting(ref, company, item)), next: [] };
  },
};
