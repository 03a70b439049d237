import { COUNTRY_NAMES } from './country-names.ts';
import { normalizeCountry, optionCountryText } from './country-option.ts';

/**
 * Countries looked up by name, alias or code in the table (country-names.ts), the name Jobsmith
 * writes for one, the country a list option names, and the countries of the +1 calling zone.
 */

let byName: Map<string, string> | null = null;
function nameIndex(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const [code, names] of Object.entries(COUNTRY_NAMES)) for (const name of names) byName.set(normalizeCountry(name), code);
  }
  return byName;
}

/**
 * The country a name or alias means ("Deutschland" → DE, "USA" → US); null for anything else.
 * A two-letter code is not a name here ("CA" may be California): see countryByCode.
 */
export function countryByName(text: string): string | null {
  return nameIndex().get(normalizeCountry(text)) ?? null;
}

/** An ISO alpha-2 code as written ("de", "DE"), or "UK" for GB; null when it is not one. */
export function countryByCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(code) && COUNTRY_NAMES[code] ? code : null;
}

/** The name Jobsmith writes for a country code ("US" → "United States"). */
export function countryName(code: string): string | null {
  return COUNTRY_NAMES[code.toUpperCase()]?.[0] ?? null;
}

/** Countries in the +1 calling zone: a "+1" phone number does not tell them apart. */
export const NANP_COUNTRIES: ReadonlySet<string> = new Set(
  'US CA AG AI AS BB BM BS DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI'.split(' '),
);

/**
 * The country a list option names: "United States +1", "🇺🇸 United States (+1)",
 * "United States of America (US)", "Germany". A bare code counts only beside a dialling code
 * ("US +1"), since a bare "CA" in a list may be California.
 */
export function countryOfOption(label: string): string | null {
  const read = optionCountryText(label);
  for (const name of read.names) {
    const named = countryByName(name);
    if (named) return named;
  }
  return read.dialled && /^[A-Z]{2}$/.test(read.bare) ? countryByCode(read.bare) : null;
}

/** A country as a choice to make on a live page: its code and every wording of it (the page's list is read there). */
export function countryChoice(text: string): { code: string; names: readonly string[] } | null {
  const code = countryByName(text);
  return code ? { code, names: COUNTRY_NAMES[code] ?? [] } : null;
}
