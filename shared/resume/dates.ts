/** Date ranges as resumes write them: "Jan 2020 – Present", "2019–2021", "03/2018 - 06/2020". */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  dez: 12,
};
const MONTH =
  '(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|ma[iy]|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const DATE = `(?:${MONTH}\\s+\\d{4}|${SEASON}\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[/.-]\\d{1,2}(?!\\d)|\\d{4})`;
const NOW = '(?:present|current|now|today|heute|ongoing|date)';
const RANGE = new RegExp(`(${DATE})\\s*(?:–|—|-|to|until|bis|→)\\s*(${DATE}|${NOW})`, 'i');
const SINGLE_YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/;

/** "Jan 2020" → "2020-01", "2019" → "2019", "03/2018" → "2018-03"; null for "Present". */
export function toYearMonth(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  // A season says the year only ("Summer 2022").
  const season = new RegExp(`^${SEASON}\\s+(\\d{4})$`).exec(t);
  if (season) return season[1] ?? null;
  const named = /^([a-zä]+)\.?\s+(\d{4})$/.exec(t);
  if (named) {
    const month = MONTHS[(named[1] ?? '').slice(0, 3)] ?? MONTHS[named[1] ?? ''];
    return month ? `${named[2]}-${String(month).padStart(2, '0')}` : (named[2] ?? null);
  }
  const mmYyyy = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (mmYyyy) return `${mmYyyy[2]}-${(mmYyyy[1] ?? '').padStart(2, '0')}`;
  const yyyyMm = /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  if (yyyyMm) return `${yyyyMm[1]}-${(yyyyMm[2] ?? '').padStart(2, '0')}`;
  if (/^\d{4}$/.test(t)) return t;
  return null;
}

export interface FoundRange {
  start: string | null;
  end: string | null;
  /** The line with the range removed. */
  rest: string;
}

export function findDateRange(line: string): FoundRange | null {
  const match = RANGE.exec(line);
  if (!match) return null;
  return {
    start: toYearMonth(match[1] ?? ''),
    end: toYearMonth(match[2] ?? ''),
    rest: (line.slice(0, match.index) + line.slice(match.index + match[0].length))
      .replace(/[\s|,·•–—-]+$/, '')
      .replace(/^[\s|,·•–—-]+/, '')
      .trim(),
  };
}

/** One date at the end of a header line ("Software Engineer Intern Summer 2022"): a role that began and ended then. */
export function findTrailingDate(line: string): { date: string; rest: string } | null {
  const match = new RegExp(`(?:^|\\s)(${DATE})\\s*$`, 'i').exec(line);
  const date = match ? toYearMonth(match[1] ?? '') : null;
  if (!match || !date) return null;
  return {
    date,
    rest: line
      .slice(0, match.index)
      .replace(/[\s|,·•–—-]+$/, '')
      .trim(),
  };
}

/**
 * A range whose end went to the next line, as a date column wraps ("2021 –" / "Present …",
 * LaTeX moderncv): the first line gets the whole range and the second loses its end word.
 */
export function joinWrappedRange(line: string, next: string): [string, string] | null {
  const open = new RegExp(`^(${DATE})\\s*(?:–|—|-|to)\\s+(?!${DATE}|${NOW})`, 'i').exec(line);
  const end = new RegExp(`^(${NOW}|${DATE})\\b\\s*`, 'i').exec(next);
  if (!open || !end) return null;
  return [`${open[1]} – ${end[1]} ${line.slice(open[0].length)}`, next.slice(end[0].length)];
}

/** A lone year on a line ("2016" under a degree): taken as the end date. */
export function findYear(line: string): { year: string; rest: string } | null {
  const match = SINGLE_YEAR.exec(line);
  if (!match) return null;
  return {
    year: match[1] as string,
    rest: line
      .replace(match[0], '')
      .replace(/[\s|,·•–—-]+$/, '')
      .trim(),
  };
}
