import type { JobCapture } from '../schemas/job.ts';
import { buildJob, type RawJob } from './build-job.ts';
import { withoutLegalForm } from './company-name.ts';
import { parseJson } from './embedded-json.ts';
import { htmlToText, unescapeEncodedMarkup } from './html-text.ts';

/**
 * schema.org JobPosting from the JSON-LD blocks of a page. Career sites and ATSs publish it
 * for search engines, so it is the most reliable source after a site's own markup.
 * Input is the raw text of each <script type="application/ld+json">; malformed blocks are
 * skipped, never thrown.
 */

type Json = unknown;

function asArray(value: Json): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (isRecord(value) && typeof value.name === 'string') return value.name.trim();
  return '';
}

function hasType(node: Record<string, Json>, type: string): boolean {
  return asArray(node['@type']).some((t) => typeof t === 'string' && t.toLowerCase() === type.toLowerCase());
}

/** Every node of a JSON-LD document, including those inside @graph and nested arrays. */
function* nodes(value: Json): Generator<Record<string, Json>> {
  for (const item of asArray(value)) {
    if (!isRecord(item)) continue;
    yield item;
    if (item['@graph']) yield* nodes(item['@graph']);
  }
}

function locationOf(place: Json): string {
  if (!isRecord(place)) return text(place);
  const address = place.address;
  if (typeof address === 'string') return address.trim();
  if (!isRecord(address)) return text(place);
  return [address.addressLocality, address.addressRegion, text(address.addressCountry)]
    .map((part) => text(part))
    .filter(Boolean)
    .join(', ');
}

const UNIT_PERIODS: Record<string, NonNullable<JobCapture['salary']>['period']> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

function salaryOf(base: Json): JobCapture['salary'] {
  if (!isRecord(base)) return null;
  const value = isRecord(base.value) ? base.value : { value: base.value };
  const num = (v: Json) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN);
  const min = num(value.minValue ?? value.value);
  const max = num(value.maxValue ?? value.value);
  if (!Number.isFinite(min) && !Number.isFinite(max)) return null;
  const currency = typeof base.currency === 'string' && /^[A-Z]{3}$/i.test(base.currency) ? base.currency.toUpperCase() : null;
  const unit = typeof value.unitText === 'string' ? value.unitText.toUpperCase() : '';
  return {
    min: Number.isFinite(min) ? min : null,
    max: Number.isFinite(max) ? max : null,
    currency,
    period: UNIT_PERIODS[unit] ?? null,
  };
}

/** The first JobPosting of the page's JSON-LD blocks, as raw fields (a site reader may correct some). */
export function rawJobFromJsonLd(blocks: readonly string[], pageUrl: string): RawJob | null {
  for (const block of blocks) {
    for (const node of nodes(parseJson(block))) {
      if (!hasType(node, 'JobPosting') || !text(node.title)) continue;
      const identifier = isRecord(node.identifier) ? text(node.identifier.value) : text(node.identifier);
      return {
        source: 'jsonld',
        url: pageUrl,
        sourceId: identifier || null,
        canonicalUrl: typeof node.url === 'string' ? node.url : null,
        title: htmlToText(text(node.title)),
        company: withoutLegalForm(text(node.hiringOrganization)),
        locations: asArray(node.jobLocation).map(locationOf),
        workplaceHints: asArray(node.jobLocationType).map((t) => (text(t).toUpperCase() === 'TELECOMMUTE' ? 'remote' : null)),
        employmentType: asArray(node.employmentType).map(text).filter(Boolean).join(', ') || null,
        salary: salaryOf(node.baseSalary),
        postedAt: text(node.datePosted) || null,
        descriptionHtml: unescapeEncodedMarkup(text(node.description)),
      };
    }
  }
  return null;
}

export function jobFromJsonLd(blocks: readonly string[], pageUrl: string): JobCapture | null {
  const raw = rawJobFromJsonLd(blocks, pageUrl);
  return raw ? buildJob(raw) : null;
}
