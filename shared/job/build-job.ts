import { decodeHTMLStrict } from 'entities/decode';
import type { JobCapture, JobSource } from '../schemas/job.ts';
import { dedupeKey, normalizeTitle } from './dedupe-key.ts';
import { type Block, blocksToText, htmlToBlocks } from './html-blocks.ts';
import { dollarCurrencyOf } from './page-currency.ts';
import { parseSalary, type Salary } from './parse-salary.ts';
import { payInDescription } from './pay-in-description.ts';
import { splitRequirements } from './requirements.ts';
import { detectWorkplace, normalizeEmploymentType } from './workplace.ts';

/** What an adapter read from a page, before normalization. Every field is optional but the source and URL. */
export interface RawJob {
  source: JobSource;
  url: string;
  sourceId?: string | null;
  canonicalUrl?: string | null;
  applyUrl?: string | null;
  title?: string | null;
  company?: string | null;
  locations?: Array<string | null | undefined>;
  /** Short labels that may state the workplace ("Remote", "Hybrid"). */
  workplaceHints?: Array<string | null | undefined>;
  employmentType?: string | null;
  salaryText?: string | null;
  salary?: Salary | null;
  postedAt?: string | null;
  descriptionHtml?: string | null;
}

const MAX_DESCRIPTION = 100_000;

// Fields arrive as text, some still entity-encoded ("M&uuml;ller" in a JSON-LD name); strict
// decoding (a ";" required) leaves text such as "AT&T" or "?a=1&copy=2" as it is.
function clean(text: string | null | undefined, max: number): string {
  return decodeHTMLStrict(text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .slice(0, max);
}

function httpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function limitBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let size = 0;
  for (const block of blocks.slice(0, 1000)) {
    const text = block.text.slice(0, 5000);
    size += text.length + 2;
    if (size > MAX_DESCRIPTION) break;
    out.push({ kind: block.kind, text });
  }
  return out;
}

/** A normalized job, or null when the page gave no title (then it is not a job we can show). */
export function buildJob(raw: RawJob): JobCapture | null {
  const title = clean(raw.title, 300);
  if (!title) return null;
  const company = clean(raw.company, 200);
  const sections = limitBlocks(htmlToBlocks(raw.descriptionHtml ?? ''));
  // Pages whose body we read whole (generic) start by repeating the title.
  if (sections[0]?.kind === 'heading' && sections[0].text === title) sections.shift();
  const dollar = dollarCurrencyOf(raw.url);
  const locations = [...new Set((raw.locations ?? []).map((l) => clean(l, 200)).filter(Boolean))].slice(0, 50);
  return {
    source: raw.source,
    sourceId: clean(raw.sourceId, 200) || null,
    url: raw.url,
    canonicalUrl: httpUrl(raw.canonicalUrl, raw.url),
    applyUrl: httpUrl(raw.applyUrl, raw.url),
    title,
    company,
    locations,
    workplace: detectWorkplace(...(raw.workplaceHints ?? []), ...locations, title),
    employmentType: normalizeEmploymentType(raw.employmentType) ?? (clean(raw.employmentType, 60) || null),
    salary: raw.salary ?? (raw.salaryText ? parseSalary(raw.salaryText, dollar) : null) ?? payInDescription(sections, dollar),
    postedAt: clean(raw.postedAt, 40) || null,
    description: blocksToText(sections),
    sections,
    requirements: splitRequirements(sections),
    dedupeKey: dedupeKey(company, title),
  };
}

/**
 * Fills what the site adapter missed from a second source (usually the page's JSON-LD), but
 * only when both describe the same job: an SPA keeps the first posting's JSON-LD while it
 * shows another one.
 */
export function mergeJobs(primary: JobCapture, fallback: JobCapture | null): JobCapture {
  if (!fallback || normalizeTitle(fallback.title) !== normalizeTitle(primary.title)) return primary;
  const company = primary.company || fallback.company;
  return {
    ...primary,
    company,
    sourceId: primary.sourceId ?? fallback.sourceId,
    canonicalUrl: primary.canonicalUrl ?? fallback.canonicalUrl,
    applyUrl: primary.applyUrl ?? fallback.applyUrl,
    locations: primary.locations.length > 0 ? primary.locations : fallback.locations,
    workplace: primary.workplace ?? fallback.workplace,
    employmentType: primary.employmentType ?? fallback.employmentType,
    salary: withStatedCurrency(primary.salary, fallback.salary) ?? fallback.salary,
    postedAt: primary.postedAt ?? fallback.postedAt,
    ...(primary.sections.length > 0
      ? {}
      : { description: fallback.description, sections: fallback.sections, requirements: fallback.requirements }),
    dedupeKey: dedupeKey(company, primary.title),
  };
}

/**
 * The page's text says "$" where its structured data says which dollars: an AUD salary on an
 * Australian board must not come out as USD.
 */
function withStatedCurrency(shown: Salary | null, structured: Salary | null): Salary | null {
  if (!shown || !structured?.currency || shown.currency === structured.currency) return shown;
  return { ...shown, currency: structured.currency };
}
