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

/**
 * The brand inside a legal name, when the page or its address names it: the leading words of
 * "Autodesk Canada Co." that spell the site's tenant "autodesk". The name as given otherwise.
 */
export function brandOf(name: string, hints: readonly (string | null | undefined)[]): string {
  const words = name.trim().split(/\s+/);
  for (const hint of hints) {
    const want = squash(hint ?? '');
    if (want.length < 3) continue;
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ').replace(/,$/, '');
      if (squash(prefix) === want) return prefix;
    }
  }
  return name.trim();
}
