/**
 * What a bare "$" means on a page: dollar countries' sites write their own dollars as "$"
 * (Australian and Canadian boards, New Zealand's), so USD is only the answer where nothing
 * says otherwise. Found from the host's country: a country-code top-level domain, or a
 * country subdomain of a global board ("au." on a .com).
 */
const DOLLAR_COUNTRIES: Record<string, string> = {
  au: 'AUD', // Australia
  ca: 'CAD', // Canada
  nz: 'NZD', // New Zealand
  sg: 'SGD', // Singapore
  hk: 'HKD', // Hong Kong
  mx: 'MXN', // Mexico writes pesos as "$"
};

export function dollarCurrencyOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'USD';
  }
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  if (DOLLAR_COUNTRIES[tld]) return DOLLAR_COUNTRIES[tld];
  // A two-letter first label on a global domain names the board's country site.
  const first = labels[0] ?? '';
  if (labels.length >= 3 && first.length === 2 && DOLLAR_COUNTRIES[first]) return DOLLAR_COUNTRIES[first];
  return 'USD';
}
