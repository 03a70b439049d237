/**
 * Reading a country out of a list option ("United States +1", "🇺🇸 United States (+1)",
 * "United States of America (US)"), against the names the caller knows for it. Small on purpose:
 * it runs in the autofill content script, which gets the names with each step and never loads
 * the whole country table (country-names.ts).
 */

/** Lowercase, no accents, dots or punctuation, "&" as "and", "St." as "saint", no leading "the". */
export function normalizeCountry(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/^the /, '')
    .trim();
}

// A dialling code written beside a country in a phone picker: "+1", "(+44)", "+1-345".
const DIAL_CODE = /\(?\+\s?\d{1,4}(?:[-\s]\d{1,4})?\)?/g;
// Flag emoji are pairs of regional indicator symbols.
const FLAG = /[\u{1F1E6}-\u{1F1FF}]/gu;

/** What an option says once flags and dialling codes are set aside, and whether it had a dialling code. */
export function optionCountryText(label: string): { names: string[]; dialled: boolean; bare: string } {
  const withoutFlag = label.replace(FLAG, ' ');
  const dialled = /\+\s?\d/.test(withoutFlag);
  const bare = withoutFlag.replace(DIAL_CODE, ' ').replace(/\s+/g, ' ').trim();
  return { names: [bare, bare.replace(/\s*\(([A-Za-z]{2,3})\)$/, '')], dialled, bare };
}

/**
 * Whether an option names the country of `code`, known by `names`. A bare code counts only
 * beside a dialling code ("US +1"): a bare "CA" in a list may be California.
 */
export function optionIsCountry(label: string, code: string, names: readonly string[]): boolean {
  const read = optionCountryText(label);
  const wanted = new Set(names.map(normalizeCountry));
  if (read.names.some((n) => wanted.has(normalizeCountry(n)))) return true;
  const bare = read.bare.toUpperCase();
  return read.dialled && /^[A-Z]{2}$/.test(read.bare) && (bare === code || (bare === 'UK' && code === 'GB'));
}
