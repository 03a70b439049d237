import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import type { SiteUnit } from '../../shared/sites/site.ts';
import { extractJob } from './registry.ts';

const SITES = fileURLToPath(new URL('../../e2e/fixtures/sites/', import.meta.url));

/** Style rules ("{color: red;") and script ("function(") that leaked into a capture's text. */
const PAGE_CODE = /\{[^}]*:[^}]*;|function\(/;

/** The job the site readers make of `doc` at `url`: it has the `expected` fields, and no style or script leaked into any field. */
export function expectCleanJob(doc: Document, url: string, expected: Record<string, unknown>): ReturnType<typeof extractJob> {
  const job = extractJob(doc, url);
  expect(job).toMatchObject(expected);
  expect(JSON.stringify(job)).not.toMatch(PAGE_CODE);
  return job;
}

/** An HTML text as a document. */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The HTML of a fixture page under e2e/fixtures/sites/. */
export function fixtureHtml(file: string): string {
  return readFileSync(SITES + file, 'utf8');
}

/** A fixture page under e2e/fixtures/sites/ as a document, optionally edited first (to break it on purpose). */
export function fixtureDocument(file: string, edit: (html: string) => string = (html) => html): Document {
  return htmlDocument(edit(fixtureHtml(file)));
}

/** The unit claims each of its test addresses, and no unit claims the `unclaimed` ones (its pages that show no job, other products). */
export function expectOwnAddresses(unit: SiteUnit, ...unclaimed: string[]): void {
  for (const url of unit.testUrls) expect(siteOfUrl(new URL(url))?.id, url).toBe(unit.id);
  for (const url of unclaimed) expect(siteOfUrl(new URL(url))).toBeNull();
}
