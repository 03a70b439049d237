import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A phone number as forms split it: the country it rings in, its calling code and the number within the country. */
export interface PhoneParts {
  /** ISO code; null where the calling code is shared and the number does not settle it. */
  country: string | null;
  /** "+1", "+49". */
  callingCode: string;
  /** As the country writes it: "(303) 555-0199", "030 123456". */
  national: string;
}

/**
 * Reads a phone number as written in a profile ("+1 303 555 0199", "(512) 555-0142"), with the
 * country it is in when it carries no calling code (libphonenumber's metadata: "+1 303" is the
 * US, "+1 416" Canada). Null when it is no phone number.
 */
export function phoneParts(phone: string, homeCountry?: string | null): PhoneParts | null {
  try {
    const parsed = parsePhoneNumberFromString(phone, homeCountry ? { defaultCountry: homeCountry as CountryCode } : undefined);
    if (!parsed?.isPossible()) return null;
    return { country: parsed.country ?? null, callingCode: `+${parsed.countryCallingCode}`, national: parsed.formatNational() };
  } catch {
    // A country the metadata does not know.
    return null;
  }
}
