/**
 * The quantities a text states, as the truthfulness check compares them: each with its value,
 * its kind (a percentage, an amount of money, years, a plain count) and the words around it, so
 * "mentored ten engineers" and "Mentored 10 engineers" are one claim, "$120k" is the profile's
 * "$120,000", and a profile's "40% faster builds" does not vouch for "cut costs by 40%".
 */

export type QuantityKind = 'percent' | 'money' | 'years' | 'months' | 'count';

export interface Quantity {
  /** As written ("ten", "$120k", "40%"). */
  raw: string;
  value: number;
  kind: QuantityKind;
  /** "5+ years", "over 5 years", "more than 40": a floor, not an exact figure. */
  atLeast: boolean;
  /** Where it starts in the text (a character offset). */
  index: number;
  /** The words after it, up to the clause's end (what it counts: "engineers", "of Go"). */
  after: string[];
  /** The same, as written. */
  afterText: string;
  /** The clause's other words (what it is about: "latency", "costs"). */
  around: string[];
}

const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const SUFFIX_SCALES: Record<string, number> = { k: 1_000, m: 1_000_000, mm: 1_000_000, b: 1_000_000_000, bn: 1_000_000_000 };

const NUMBER_WORD = `(?:${[...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen', 'a', 'and'].join('|')})`;
// A number in words: "ten", "twenty-five", "two hundred", "a dozen", "one hundred and twenty".
const WORDS = new RegExp(
  `\\b(?:${NUMBER_WORD}[\\s-]+)*(?:${[...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen'].join('|')})\\b`,
  'gi',
);
// A number in digits, with its currency, thousands separators, decimals and scale ("$1.2M", "120,000", "40%").
const DIGITS =
  /(?<![\p{L}\d.,])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|mm|m|bn|b)\b|\s+(thousand|million|billion)\b)?(\s?(?:%|percent\b|per cent\b))?/giu;

/** The value of a number written in words, or null when the words are no number ("a and"). */
export function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'a' || word === 'and' || word === '') continue;
    if (word in ONES) current += ONES[word] as number;
    else if (word in TENS) current += TENS[word] as number;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * (SCALES[word] as number);
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

const CLAUSE_END = /[.;:!?\n()]|,\s|\s[–—-]\s/;
// Function words and the verbs of achievement ("cut", "saved"): two clauses sharing only these are about different things.
const STOP = new Set(
  'cut cutting reduce reduced reducing lower lowered improve improved improving increase increased increasing grow grew grown growing boost boosted save saved saving drive drove driven deliver delivered build built lead led manage managed run ran help helped make made achieve achieved raise raised drop dropped decrease decreased shrink shrank speed sped handle handled over total nearly roughly approximately around about some a an the of in on at for to by with and or our my your their its as from into over more than about nearly almost up across per each every who which that this these those was were is are be been being i we you he she they it me us them while during within'.split(
    ' ',
  ),
);

/** A word as quantities' context compares it: lower case, a plural's "s" dropped. */
function contextWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function contentWords(text: string): string[] {
  return (text.match(/[\p{L}][\p{L}\p{N}+#'-]*/gu) ?? []).map(contextWord).filter((w) => !STOP.has(w) && !(w in ONES) && !(w in TENS));
}

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text.slice(from - 1, from + 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text.slice(to, to + 2))) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

const YEARS_AFTER = /^\s*\+?\s*(?:full\s+|professional\s+|hands-on\s+)?years?\b/i;
const MONTHS_AFTER = /^\s*\+?\s*months?\b/i;
const AT_LEAST_BEFORE = /\b(over|more than|at least|upwards of|in excess of|beyond)\s*$/i;

/** Every quantity the text states; calendar years ("2019") are dates, not quantities. */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const add = (raw: string, index: number, value: number, kind: QuantityKind | null, plus: boolean) => {
    const end = index + raw.length;
    if (taken.some(([a, b]) => index < b && end > a)) return;
    taken.push([index, end]);
    const { before, after } = clauseAround(text, index, end);
    const resolved: QuantityKind = kind ?? (YEARS_AFTER.test(after) ? 'years' : MONTHS_AFTER.test(after) ? 'months' : 'count');
    found.push({
      raw: raw.trim(),
      value,
      kind: resolved,
      atLeast: plus || /^\s*\+/.test(after) || AT_LEAST_BEFORE.test(before),
      index,
      after: contentWords(after),
      afterText: after,
      around: contentWords(`${before} ${after}`),
    });
  };
  for (const m of text.matchAll(DIGITS)) {
    const [raw, currency, whole = '', fraction, scale, scaleWord, percent] = m;
    if (!currency && !scale && !scaleWord && !percent && !fraction && /^(19|20)\d{2}$/.test(whole)) continue;
    let value = Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
    if (scale) value *= SUFFIX_SCALES[scale.toLowerCase()] ?? 1;
    if (scaleWord) value *= SCALES[scaleWord.toLowerCase()] ?? 1;
    const kind: QuantityKind | null = percent ? 'percent' : currency ? 'money' : null;
    add(raw, m.index ?? 0, value, kind, false);
  }
  for (const m of text.matchAll(WORDS)) {
    const raw = m[0];
    const value = wordsValue(raw);
    if (value === null) continue;
    const after = text.slice((m.index ?? 0) + raw.length);
    const percent = /^\s?(?:percent|per cent)\b/i.test(after);
    add(raw, m.index ?? 0, value, percent ? 'percent' : null, false);
  }
  return found.sort((a, b) => a.index - b.index);
}
