import { MatchPattern } from '@webext-core/match-patterns';
import type { Rule } from '../autofill/rule-tests.ts';
import { FEED_LABELS, type FeedId } from '../boards/feeds.ts';
import { ashby } from './ashby.ts';
import { bamboohr } from './bamboohr.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { icims } from './icims.ts';
import { indeed } from './indeed.ts';
import { jobvite } from './jobvite.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { oracle } from './oracle.ts';
import { personio } from './personio.ts';
import { recruitee } from './recruitee.ts';
import { seek } from './seek.ts';
import type { SiteUnit } from './site.ts';
import { smartrecruiters } from './smartrecruiters.ts';
import { stepstone } from './stepstone.ts';
import { successfactors } from './successfactors.ts';
import { teamtailor } from './teamtailor.ts';
import { wellfound } from './wellfound.ts';
import { workable } from './workable.ts';
import { workday } from './workday.ts';

/**
 * Every site Jobsmith knows, one unit each. Order matters only where two units could claim a
 * URL (none today: the tests check each unit's test URLs match it alone).
 */
export const SITES = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  glassdoor,
  teamtailor,
  workable,
  recruitee,
  personio,
  successfactors,
  smartrecruiters,
  icims,
  jobvite,
  seek,
  stepstone,
  wellfound,
  oracle,
  bamboohr,
] as const;

export type SiteId = (typeof SITES)[number]['id'];
export const SITE_IDS = SITES.map((s) => s.id) as [SiteId, ...SiteId[]];

/** Where a job came from: a site unit, or a page read by its JSON-LD or by the generic reader. */
export const READERS = ['jsonld', 'generic'] as const;

/** Every host pattern the manifest declares: the extension runs there without asking. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

// The match-pattern library WXT itself uses: the code that picks a site's reader reads the
// patterns as the browser does when it runs that reader's script.
const COMPILED = SITES.map((site) => ({ site, patterns: site.matches.map((m) => new MatchPattern(m)) }));

/** The unit whose pages this is, if any. */
export function siteOfUrl(url: URL): SiteUnit<SiteId> | null {
  // By its address as a string: the library tests a URL object against the DOM's Location.
  return COMPILED.find(({ patterns }) => patterns.some((p) => p.includes(url.href)))?.site ?? null;
}

export function siteById(id: string): SiteUnit<SiteId> | null {
  return SITES.find((s) => s.id === id) ?? null;
}

/** Where an application form lives, for analytics: the unit whose form hosts hold the host. */
export function siteOfFormHost(hostname: string): SiteUnit<SiteId> | null {
  const host = hostname.toLowerCase();
  return SITES.find((s) => s.formHosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

/** Each site's classification rows, in registry order. */
export const SITE_FIELD_RULES: readonly Rule[] = SITES.flatMap((s) => s.fieldRules ?? []);

/** How a job's source reads in a sentence: "Read from {label}". */
const READER_LABELS: Record<(typeof READERS)[number], string> = {
  jsonld: "the page's job data (schema.org)",
  generic: 'the page text',
};

/** The user-facing name of a source (a site unit's label, how a page was read, or a feed's name). */
export function sourceLabel(source: string): string {
  return siteById(source)?.label ?? READER_LABELS[source as (typeof READERS)[number]] ?? FEED_LABELS[source as FeedId] ?? source;
}
