import { recruitee } from '../sites/recruitee.ts';
import { isoDate } from './dates.ts';
import { companyOf, periodOf, salaryOf, toPosting } from './posting.ts';
import { fromSiteUnit, listRequest, postingsOf, slugOnOneHost } from './read-steps.ts';
import type { BoardPosting, BoardReader, BoardRef } from './types.ts';
import { customerLabel, firstOf, HOST_LABEL, suffixesOf } from './url-parts.ts';
import { type JsonRecord, num, parseJsonBody, rec, records, requiredList, str } from './values.ts';

/**
 * Recruitee Careers Site API: GET https://{company}.{recruitee}/api/offers/ answers every
 * published offer at once ({ offers: [...] }; page and limit are ignored). Follows Recruitee's
 * careers-site documentation (the unit's `boardApi` names it: the offer's title, company_name, department,
 * description and requirements HTML, location, city, country_code, locations, remote, hybrid,
 * on_site, employment_type_code, salary, careers_url, careers_apply_url, published_at,
 * updated_at) and saved real answers: salary is { min, max, period, currency } with the amounts
 * as strings ("60000") or null, dates read "2026-10-06 14:25:18 UTC", a remote offer's
 * location may be "Remote job". An unknown company answers 404.
 */

const SUFFIX = firstOf(suffixesOf(recruitee.boardApi));

function fromUrl(url: URL): BoardRef | null {
  const company = customerLabel(url.hostname, SUFFIX);
  return company ? { kind: 'recruitee', slug: company } : null;
}

function workplaceOf(offer: JsonRecord): string | null {
  if (offer.hybrid === true) return 'Hybrid';
  if (offer.remote === true) return 'Remote';
  return offer.on_site === true ? 'On-site' : null;
}

function places(offer: JsonRecord): string[] {
  const listed = records(offer.locations).map((l) =>
    [l.city, l.state ?? l.state_code, l.country ?? l.country_code].map(str).filter(Boolean).join(', '),
  );
  if (listed.some(Boolean)) return listed;
  return [str(offer.location) || [offer.city, offer.country].map(str).filter(Boolean).join(', ')];
}

function posting(ref: BoardRef, offer: JsonRecord): BoardPosting | null {
  const slug = str(offer.slug);
  const pay = rec(offer.salary);
  const requirements = str(offer.requirements);
  return toPosting(
    {
      source: 'recruitee',
      url: str(offer.careers_url) || `https://${ref.slug}.${SUFFIX}/o/${slug}`,
      // The offer's slug, as the job page's address names it (see extension/sites/recruitee.ts).
      sourceId: slug || str(offer.id) || null,
      applyUrl: str(offer.careers_apply_url) || null,
      title: str(offer.title),
      company: companyOf(ref, str(offer.company_name)),
      locations: places(offer),
      workplaceHints: [workplaceOf(offer)],
      employmentType: str(offer.employment_type_code) || null,
      salary: salaryOf(num(pay.min), num(pay.max), str(pay.currency), periodOf(str(pay.period))),
      postedAt: isoDate(offer.published_at),
      descriptionHtml: requirements ? `${str(offer.description)}\n<h2>Requirements</h2>${requirements}` : str(offer.description),
    },
    isoDate(offer.updated_at),
  );
}

export const recruiteeBoard: BoardReader = {
  ...fromSiteUnit(recruitee),
  fromUrl,
  accepts: slugOnOneHost(HOST_LABEL),
  start: (ref) => listRequest(`https://${ref.slug}.${SUFFIX}/api/offers/`),
  read(ref, request, body) {
    const offers = requiredList(parseJsonBody(body, request.url), 'offers', request.url);
    const published = offers.filter((o) => o.status === undefined || o.status === 'published');
    return { postings: postingsOf(published, (offer) => posting(ref, offer)), next: [] };
  },
};
