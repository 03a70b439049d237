import { countryByName } from '../reference/countries.ts';

/**
 * The employer as people name it. Structured data often carries the legal entity ("Autodesk
 * Canada Co.", "Acme Robotics, Inc.", "Canva Pty Ltd") where the page shows the brand.
 */

// Legal forms that end a registered name, by country; never part of the brand.
const LEGAL_FORM =
  /,?\s+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|pty\.?\s+ltd\.?|plc|corp\.?|corporation|co\.|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|se|s\.?a\.?s?\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|oy|ab|as|a\/s|k\.?k\.?|pte\.?\s+ltd\.?|ulc)$/i;

export function withoutLegalForm(name: string): string {
  let out = name.trim();
  // "Foo Holdings Pty Ltd": at most two forms deep ("GmbH & Co. KG" is one).
  for (let i = 0; i < 2; i++) out = out.replace(LEGAL_FORM, '').trim();
  return out || name.trim();
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** How many leading words of a legal name are a country: "Canada Workday ULC", "United Kingdom Acme Ltd". */
function countryWords(words: readonly string[]): number {
  for (let n = Math.min(3, words.length - 1); n > 0; n--) if (countryByName(words.slice(0, n).join(' '))) return n;
  return 0;
}

/**
 * The brand inside a legal name, when the page or its address names it: the leading words of
 * "Autodesk Canada Co." that spell the site's tenant "autodesk", or of "Canada Workday ULC" after
 * the country a subsidiary's name starts with. The name as given otherwise.
 */
export function brandOf(name: string, hints: readonly (string | null | undefined)[]): string {
  const words = name.trim().split(/\s+/);
  const from = countryWords(words);
  for (const hint of hints) {
    const want = squash(hint ?? '');
    if (want.length < 3) continue;
    for (const start of from > 0 ? [0, from] : [0])
      for (let n = start + 1; n < words.length; n++) {
        const run = words.slice(start, n).join(' ').replace(/,$/, '');
        if (squash(run) === want) return run;
      }
  }
  return name.trim();
}
