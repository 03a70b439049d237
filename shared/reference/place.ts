import { countryByCode, countryByName, countryName, NANP_COUNTRIES } from './countries.ts';
import { otherRegionSpelling, regionCountry } from './regions.ts';

/**
 * Where a person lives, read from a free-text location ("Austin, TX", "Berlin, Germany",
 * "Toronto, ON, Canada"). A two-letter code is often two things at once: "CA" is California
 * and Canada, "DE" Delaware and Germany, "CO" Colorado and Colombia. Such a place names a
 * country only when something else in the profile settles it; otherwise the country is left
 * for the person, never guessed (a Californian sent to Canada is worse than an empty field).
 */

export interface PlaceHints {
  /** Countries the person is authorized to work in (ISO codes). */
  workCountries?: readonly string[];
  /** Their phone number: "+1" says North America, another calling code says elsewhere. */
  phone?: string;
}

export interface Place {
  city: string | null;
  /** The US state or Canadian province as written ("TX", "Texas"), only when it is in `country`. */
  region: string | null;
  /** ISO alpha-2 code, or null when the location does not settle it. */
  country: string | null;
  /** How the country was read, or why it was not. */
  why: string;
}

interface Reading {
  countries: Set<string>;
  /** Read from a two-letter code, which can mean other things (Perth, WA is in Australia). */
  byCode: boolean;
  /** The part as written when it names a US state or Canadian province, and that region's country. */
  region: { text: string; country: 'US' | 'CA' } | null;
}

// Postal codes ("TX 78701", "ON M5V 2T6", "10115 Berlin") are not part of a place's name.
const withoutPostalCode = (part: string) =>
  part
    .split(/\s+/)
    .filter((token) => !/\d/.test(token))
    .join(' ')
    .trim();

function readPart(raw: string): Reading | null {
  const text = withoutPostalCode(raw);
  const code = text.replace(/\./g, '');
  if (/^[A-Za-z]{2}$/.test(code)) {
    const countries = new Set<string>();
    const inCountry = regionCountry(code);
    if (inCountry) countries.add(inCountry);
    const country = countryByCode(code);
    if (country) countries.add(country);
    const region = inCountry ? { text: code.toUpperCase(), country: inCountry } : null;
    return countries.size > 0 ? { countries, byCode: true, region } : null;
  }
  const countries = new Set<string>();
  const country = countryByName(text);
  if (country) countries.add(country);
  // A full state or province name ("Texas", and "Georgia", which is also a country).
  const regionCode = otherRegionSpelling(text);
  const inCountry = regionCode ? regionCountry(regionCode) : null;
  if (inCountry) countries.add(inCountry);
  return countries.size > 0 ? { countries, byCode: false, region: inCountry ? { text, country: inCountry } : null } : null;
}

function callingZone(phone: string | undefined): 'nanp' | 'other' | null {
  const digit = /^\s*(?:\+|00)\s*(\d)/.exec(phone ?? '')?.[1];
  if (!digit) return null;
  return digit === '1' ? 'nanp' : 'other';
}

const names = (codes: Iterable<string>) => [...codes].map((c) => countryName(c) ?? c).join(' or ');

export function readPlace(location: string, hints: PlaceHints = {}): Place {
  const parts = location
    .split(/[,;|\n]|\s[-–—]\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { city: null, region: null, country: null, why: 'your profile has no location' };
  const readings = parts.map(readPart);
  // Of several parts the first is the city ("Paris, TX"); a single part may be a country or state.
  const tail = parts.length > 1 ? readings.slice(1) : readings;
  const first = parts[0] ?? '';
  const city = parts.length > 1 || !readings[0] ? withoutPostalCode(first) || null : null;
  const known = tail.filter((r): r is Reading => r !== null);
  const quoted = `“${location.trim()}”`;
  if (known.length === 0) return { city, region: null, country: null, why: `${quoted} does not name a country` };

  let candidates = new Set(known[0]?.countries);
  for (const r of known.slice(1)) candidates = new Set([...candidates].filter((c) => r.countries.has(c)));
  if (candidates.size === 0) return { city, region: null, country: null, why: `${quoted} names places in different countries` };

  const work = new Set((hints.workCountries ?? []).map((c) => c.toUpperCase()));
  const zone = callingZone(hints.phone);
  const inZone = (c: string) => (zone === 'nanp' ? NANP_COUNTRIES.has(c) : !NANP_COUNTRIES.has(c));
  let country: string | null = null;
  let why = '';
  if (candidates.size === 1) {
    country = [...candidates][0] ?? null;
    why = `from ${quoted}`;
    // A code alone can be some other country's region ("Perth, WA"): not when the rest of the profile says otherwise.
    const byCode = known.every((r) => r.byCode);
    if (country && byCode && zone && !inZone(country)) {
      return { city, region: null, country: null, why: `${quoted} reads as ${names([country])}, but your phone number does not` };
    }
    if (country && byCode && work.size > 0 && !work.has(country)) {
      return {
        city,
        region: null,
        country: null,
        why: `${quoted} reads as ${names([country])}, but you are authorized to work only in ${names(work)}`,
      };
    }
  } else {
    const authorized = [...candidates].filter((c) => work.has(c));
    const dialled = zone ? [...candidates].filter(inZone) : [];
    if (authorized.length === 1) {
      country = authorized[0] ?? null;
      why = `from ${quoted} and your work authorization in ${names(authorized)}`;
    } else if (dialled.length === 1) {
      country = dialled[0] ?? null;
      why = `from ${quoted} and your phone number's calling code`;
    } else {
      return {
        city,
        region: null,
        country: null,
        why: `${quoted} could be in ${names(candidates)}: add the country to your location`,
      };
    }
  }
  const region = known.find((r) => r.region?.country === country)?.region?.text ?? null;
  return { city, region, country, why };
}
