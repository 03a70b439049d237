/**
 * The same job is posted on LinkedIn, Indeed and the company's ATS with slightly different
 * company and title strings; this key makes them compare equal.
 */

// Legal-form suffixes that one site shows and another drops ("Acme Inc." vs "Acme").
const COMPANY_SUFFIXES = /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|pty)\b\.?/g;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function normalizeCompany(company: string): string {
  return fold(company)
    .replace(/&/g, ' and ')
    .replace(COMPANY_SUFFIXES, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function normalizeTitle(title: string): string {
  return fold(title)
    .replace(/\(.*?\)/g, ' ') // "(Remote)", "(m/w/d)" decorations vary by site
    .replace(/\bsr\b\.?/g, 'senior')
    .replace(/\bjr\b\.?/g, 'junior')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

export function dedupeKey(company: string, title: string): string {
  return `${normalizeCompany(company) || '?'}|${normalizeTitle(title)}`;
}
