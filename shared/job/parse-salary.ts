import type { JobCapture } from '../schemas/job.ts';

export type Salary = NonNullable<JobCapture['salary']>;
type Period = NonNullable<Salary['period']>;

// Currency marks as sites write them, most specific first ("US$" before "$").
const CURRENCIES: Array<[RegExp, string]> = [
  [/\bUS\$|\bUSD\b/i, 'USD'], // explicit US dollars
  [/\bCA\$|\bC\$|\bCAD\b/i, 'CAD'], // Canadian dollars
  [/\bA\$|\bAU\$|\bAUD\b/i, 'AUD'], // Australian dollars
  [/\bNZ\$|\bNZD\b/i, 'NZD'], // New Zealand dollars
  [/\bS\$|\bSGD\b/i, 'SGD'], // Singapore dollars
  [/£|\bGBP\b/i, 'GBP'], // pounds
  [/€|\bEUR\b|\bEuro\b/i, 'EUR'], // euros, also "45 Euro"
  [/₹|\bINR\b|\bRs\.?\s/i, 'INR'], // rupees
  [/¥|\bJPY\b/i, 'JPY'], // yen
  [/\bCHF\b/i, 'CHF'], // Swiss francs
  [/\bNOK\b/i, 'NOK'], // Norwegian kroner, when named
  [/\bDKK\b/i, 'DKK'], // Danish kroner, when named
  [/\bSEK\b|\bkr\b/i, 'SEK'], // kronor (Sweden is the common case on boards)
  [/\bPLN\b|\bzł/i, 'PLN'], // złoty
];
// A bare dollar sign: the page's own dollars (see page-currency.ts), US unless told otherwise.
const DOLLAR = /\$/;

// Period words in English and German, as they follow an amount ("/yr", "a year", "pro Stunde").
const PERIODS: Array<[RegExp, Period]> = [
  [/(\b(per|an|a)|\/)\s*(hour|hr)\b|\/\s*h\b|\bhourly\b|\bstunde\b|\bstd\b|\bph\b/i, 'hour'],
  [/(\b(per|a)|\/)\s*day\b|\bdaily\b|\btag\b|\bper diem\b/i, 'day'],
  [/(\b(per|a)|\/)\s*(week|wk)\b|\bweekly\b|\bwoche\b/i, 'week'],
  [/(\b(per|a)|\/)\s*(month|mo)\b|\bmonthly\b|\bmonat\b|\bmonatlich\b/i, 'month'],
  [/(\b(per|a|an)|\/)\s*(year|yr|annum)\b|\byearly\b|\bannual(ly)?\b|\bp\.?\s?a\.?\b|\bjahr\b|\bjährlich\b/i, 'year'],
];

// An amount: digits with thousands separators or decimals, and an optional k/m multiplier.
const AMOUNT = /(\d{1,3}(?:[,.\s'’]\d{3})+|\d+(?:[.,]\d+)?)\s*([kKmM])?(?![a-zA-Z])/g;

function toNumber(digits: string, multiplier: string | undefined): number {
  let normalized: string;
  if (/^\d{1,3}([,.\s'’]\d{3})+$/.test(digits)) normalized = digits.replace(/[,.\s'’]/g, '');
  else normalized = digits.replace(',', '.');
  const value = Number(normalized);
  const factor = multiplier?.toLowerCase() === 'k' ? 1_000 : multiplier?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return Math.round(value * factor * 100) / 100;
}

/**
 * Salary from the text a site shows: "$120K–$150K/yr", "£45,000 - £55,000 a year",
 * "45 € / Stunde", "Up to $90,000", "From $22.38 an hour". Null when the text names no amount with a currency or
 * period (a bare number is too often something else: a team size, a year).
 */
export function parseSalary(text: string, dollar = 'USD'): Salary | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 300) return null;
  const currency = CURRENCIES.find(([re]) => re.test(clean))?.[1] ?? (DOLLAR.test(clean) ? dollar : null);
  // The period said first: "$68,000 a year, two office days a week" is yearly pay.
  const period =
    PERIODS.map(([re, p]) => ({ at: clean.search(re), p }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.p ?? null;
  const amounts = [...clean.matchAll(AMOUNT)]
    .map((m) => toNumber(m[1] ?? '', m[2]))
    .filter((n) => Number.isFinite(n) && n > 0)
    // Years ("2026") and tiny counts are not pay unless the text says per hour.
    .filter((n) => period === 'hour' || n >= 100 || currency !== null);
  if (amounts.length === 0 || (currency === null && period === null)) return null;
  // "$120K–150" means 150K: a range's upper bound inherits the lower bound's multiplier.
  let [min, max] = [amounts[0] as number, (amounts[1] ?? amounts[0]) as number];
  if (max < min && max * 1000 >= min) max *= 1000;
  const upTo = /\b(up to|bis zu|max(imum)?)\b/i.test(clean) && amounts.length === 1;
  // "From $22.38 an hour", "starting at $60,000", "ab 3.200 €": a floor, not the pay ("work from
  // home" is no floor, nor Alberta's "AB": the word must stand right before the amount).
  const from =
    amounts.length === 1 &&
    (/\b(?:from|starting (?:at|from)|starts at|minimum(?: of)?)\s*(?:[A-Z]{1,3})?[$€£\d]/i.test(clean) ||
      /(?:^|\s)ab\s*[$€£\d]/.test(clean));
  return { min: upTo ? null : min, max: from ? null : max, currency, period: period ?? (min >= 1000 ? 'year' : null) };
}

const PER_YEAR: Record<NonNullable<Salary['period']>, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/** An amount of this salary's period as a year's pay (a salary with no period is yearly). */
export function perYear(salary: Pick<Salary, 'period'>, amount: number | null): number | null {
  return amount === null ? null : amount * PER_YEAR[salary.period ?? 'year'];
}
