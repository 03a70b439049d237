import type { Rule } from '../autofill/rule-tests.ts';

/**
 * How a site's forms mark what the generic collector cannot infer from wording: repeated work
 * and education entries and the buttons that add them. Attribute values, matched by the
 * collector (extension/dom/collect.ts) and the inserter.
 */
export interface FormHints {
  /**
   * A class of one entry's container, where the site marks entries by class (Greenhouse's
   * `education--form`); group: section word. The entry's index is its place among its siblings of that class.
   */
  entryClass?: RegExp;
  /** The `data-automation-id` of an "Add" button, whatever its wording. */
  addButtonId?: string;
  /**
   * The attribute the site names its controls by where they have no name (SmartRecruiters'
   * `data-sr-id`, Workable's `data-ui`): collected as `automationId` "attribute=value", for its fieldRules.
   */
  hookAttribute?: string;
}

/**
 * One job board or ATS: everything Jobsmith knows about it that is not DOM reading (that is
 * `extension/sites/<id>.ts`). The registry (`./registry.ts`) lists the units; manifest match
 * patterns, the job `source` values, the ATS hosts of analytics and the labels users read are
 * derived from it and written nowhere else.
 */
export interface SiteUnit<Id extends string = string> {
  id: Id;
  /** How the user reads its name ("SmartRecruiters"). */
  label: string;
  /** A board lists other employers' jobs; an ATS hosts employers' postings and their forms. */
  kind: 'board' | 'ats';
  /**
   * WebExtension match patterns of its pages. They are the manifest's host permissions and the
   * content scripts' matches, and (through `matchesUrl`) how a URL is told to be this site's.
   */
  matches: readonly string[];
  /**
   * Hosts where its application forms live, for analytics' "ATS" breakdown (suffixes: a host
   * equal to one or ending in "." + one). Boards list their own apply flow here too.
   */
  formHosts: readonly string[];
  /**
   * Its public job-board API, where employers' boards on it can be read (shared/boards/<id>.ts
   * reads the answers): match patterns of the API's hosts, which the extension asks for as
   * optional host permissions and the reader sends its requests to. A "*." host is each board's
   * own subdomain.
   */
  boardApi?: readonly string[];
  /** Form-classification rows for its own machine-readable hints, tried before label wording. */
  fieldRules?: readonly Rule[];
  /** Markers of repeated entries in its forms. */
  formHints?: FormHints;
  /** What its "application received" page says, beyond the wording every ATS shares. */
  confirmation?: RegExp;
  /**
   * A wizard's current step (a selector of the element naming it), for ATSs that show their form
   * one step at a time without a page load: each new step is filled as it appears.
   */
  wizardStep?: string;
  /**
   * Real addresses of its job pages and forms (the tests check each matches this unit and no
   * other; fixtures are served under them).
   */
  testUrls: readonly string[];
}

/**
 * The addresses of an ATS that gives each customer a subdomain of its `hosts` (acme.<host>): job
 * pages at `pagePaths` there, and the board API and the forms anywhere on it.
 */
export function onCustomerSubdomains(
  hosts: readonly string[],
  ...pagePaths: string[]
): Pick<SiteUnit, 'matches' | 'boardApi' | 'formHosts'> {
  return {
    matches: hosts.flatMap((host) => pagePaths.map((path) => `https://*.${host}/${path}`)),
    boardApi: hosts.map((host) => `https://*.${host}/*`),
    formHosts: hosts,
  };
}

/** Keeps the id's literal type, so the registry can derive the `source` enum. */
export function defineSite<const Id extends string>(unit: SiteUnit<Id>): SiteUnit<Id> {
  return unit;
}

/** A RegExp as messages carry it (structured clone between the background and a page drops RegExps). */
type WirePattern = { source: string; flags: string };
const toWire = (value: unknown): unknown => (value instanceof RegExp ? { source: value.source, flags: value.flags } : value);
const fromWire = (value: unknown): unknown =>
  value && typeof value === 'object' && 'source' in value ? new RegExp(String(value.source), String((value as WirePattern).flags)) : value;

/**
 * What the autofill content script needs of its page's unit (wizard, confirmation wording, form
 * hints), sent by the background on request: the script never loads the registry, which holds
 * every unit's classification rows.
 */
export interface SiteFacts {
  wizardStep?: string;
  confirmation?: WirePattern;
  formHints?: Record<string, unknown>;
}

export function siteFacts(unit: SiteUnit): SiteFacts {
  return {
    ...(unit.wizardStep ? { wizardStep: unit.wizardStep } : {}),
    ...(unit.confirmation ? { confirmation: toWire(unit.confirmation) as WirePattern } : {}),
    ...(unit.formHints ? { formHints: Object.fromEntries(Object.entries(unit.formHints).map(([k, v]) => [k, toWire(v)])) } : {}),
  };
}

/** The facts back as the unit states them. */
export function readSiteFacts(facts: SiteFacts | null | undefined): Pick<SiteUnit, 'wizardStep' | 'confirmation' | 'formHints'> {
  return {
    ...(facts?.wizardStep ? { wizardStep: facts.wizardStep } : {}),
    ...(facts?.confirmation ? { confirmation: fromWire(facts.confirmation) as RegExp } : {}),
    ...(facts?.formHints
      ? { formHints: Object.fromEntries(Object.entries(facts.formHints).map(([k, v]) => [k, fromWire(v)])) as FormHints }
      : {}),
  };
}
