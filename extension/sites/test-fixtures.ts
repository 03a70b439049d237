import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const SITES = fileURLToPath(new URL('../../e2e/fixtures/sites/', import.meta.url));

/** A fixture page under e2e/fixtures/sites/ as a document, optionally edited first (to break it on purpose). */
export function fixtureDocument(file: string, edit: (html: string) => string = (html) => html): Document {
  return parseHTML(edit(readFileSync(SITES + file, 'utf8'))).document as unknown as Document;
}
