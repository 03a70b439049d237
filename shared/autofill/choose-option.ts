import { degreeLevelOf } from '../match/degrees.ts';
import { optionIsCountry } from '../reference/country-option.ts';
import { otherRegionSpelling } from '../reference/regions.ts';
import { isDecline } from './decline.ts';
import type { FieldOption } from './fields.ts';

/**
 * Picking an option for yes/no, compliance and EEO questions. Matching is negation-aware:
 * "Non-US Citizen" never matches "US Citizen", "No" never matches "Not at this time", and a
 * placeholder ("Select…") is never picked.
 */

export type Intent =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'decline' }
  /**
   * `country`: the text names a country, known also by these wordings (given by the planner, which
   * holds the table); `dial`, its calling code, for a phone-code list that shows only codes ("+1").
   */
  | { kind: 'text'; text: string; country?: { code: string; names: readonly string[]; dial?: string } }
  /** A degree: the option of the same level ("Bachelor's Degree" for "BSc Accounting"). */
  | { kind: 'degree'; text: string };

/** Words for one answer that forms use interchangeably (self-identification lists differ by survey). */
const SAME_ANSWER: ReadonlyArray<readonly string[]> = [
  ['female', 'woman', 'f'],
  ['male', 'man', 'm'],
  ['non-binary', 'nonbinary', 'non binary', 'genderqueer or non-binary'],
];

// Option labels that are not answers.
const PLACEHOLDER = /^(|-+|select( one| an option)?\.{0,3}|please select.*|choose.*|--.*--|none selected|pick one)$/i;
// Words that flip an option's meaning.
const NEGATION =
  /\b(no|not|non|never|without|don't|do not|doesn't|does not|am not|i'm not|won't|will not|cannot|can't)\b|\bnon-|\bun[a-z]/i;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isPlaceholder(option: FieldOption): boolean {
  return PLACEHOLDER.test(normalize(option.label)) || (option.value === '' && /select|choose/i.test(option.label));
}

const negative = (text: string) => NEGATION.test(text);

/** `words` occurs in `text` as whole words (both normalized). */
const containsWords = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/** The numbers an option covers: "3-5 years" → [3, 5], "10+" → [10, ∞), "Less than 2" → [0, 2). */
function rangeOf(label: string): [number, number] | null {
  const t = label.toLowerCase();
  const between = /(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (between) return [Number(between[1]), Number(between[2])];
  const atLeast = /(\d+(?:\.\d+)?)\s*(?:\+|or more|and (?:above|up|over))/.exec(t);
  if (atLeast) return [Number(atLeast[1]), Number.POSITIVE_INFINITY];
  const over = /(?:more than|over|above)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (over) return [Number(over[1]) + 1e-9, Number.POSITIVE_INFINITY];
  const under = /(?:less than|under|fewer than|below)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (under) return [0, Number(under[1]) - 1e-9];
  const exactly = /^(\d+(?:\.\d+)?)(\s*years?)?$/.exec(t.trim());
  return exactly ? [Number(exactly[1]), Number(exactly[1])] : null;
}

/** The option that answers `intent`, or null when none does so unambiguously. */
export function chooseOption(options: FieldOption[], intent: Intent): FieldOption | null {
  const real = options.filter((o) => !isPlaceholder(o));
  const labelled = real.map((o) => ({ option: o, text: normalize(o.label) }));
  switch (intent.kind) {
    case 'decline':
      return labelled.find((o) => isDecline(o.text))?.option ?? null;
    case 'yes': {
      const exact = labelled.find((o) => o.text === 'yes' || o.text === 'y');
      if (exact) return exact.option;
      const candidates = labelled.filter(
        (o) => /^(yes|i am|i do|i have|i will|i can)\b/.test(o.text) && !negative(o.text) && !isDecline(o.text),
      );
      if (candidates.length === 1) return candidates[0]?.option ?? null;
      // The one option that begins "Yes", whatever it adds ("Yes, I can work in the United States
      // without sponsorship"): what it adds about sponsorship is the planner's to check.
      const leading = labelled.filter((o) => /^yes\b/.test(o.text) && !isDecline(o.text));
      return candidates.length === 0 && leading.length === 1 ? (leading[0]?.option ?? null) : null;
    }
    case 'no': {
      // Only a plain "No": "Not at this time" or "No, but in the future" say something else.
      const exact = labelled.find((o) => o.text === 'no' || o.text === 'n');
      if (exact) return exact.option;
      const candidates = labelled.filter(
        (o) => /^no\b/.test(o.text) && o.text.split(' ').length <= 4 && !isDecline(o.text) && !/\bbut\b|future|at this time/.test(o.text),
      );
      return candidates.length === 1 ? (candidates[0]?.option ?? null) : null;
    }
    case 'degree': {
      const exact = labelled.find((o) => o.text === normalize(intent.text));
      if (exact) return exact.option;
      const level = degreeLevelOf(intent.text);
      const same = level === null ? [] : labelled.filter((o) => degreeLevelOf(o.option.label) === level);
      return same.length === 1 ? (same[0]?.option ?? null) : null;
    }
    case 'text': {
      const wanted = normalize(intent.text);
      if (!wanted) return null;
      const exact = labelled.find((o) => o.text === wanted);
      if (exact) return exact.option;
      // The same answer in another of the words forms use ("Female" where the list says "Woman").
      const same = SAME_ANSWER.find((words) => words.includes(wanted));
      const synonym = same && labelled.filter((o) => same.includes(o.text));
      if (synonym?.length === 1) return synonym[0]?.option ?? null;
      // A state or province the other way round ("CO" against "Colorado"): exactly, never by containment.
      const region = otherRegionSpelling(intent.text);
      if (region) return labelled.find((o) => o.text === normalize(region))?.option ?? null;
      // A country in any of its wordings: "United States" is "United States of America", "USA" or
      // "United States +1" in a phone picker, and never "United States Minor Outlying Islands".
      const country = intent.country;
      if (country) {
        const named = real.find((o) => optionIsCountry(o.label, country.code, country.names));
        const dial = country.dial?.replace(/\s/g, '');
        return named ?? (dial ? real.find((o) => o.label.replace(/[\s()]/g, '') === dial) : undefined) ?? null;
      }
      // A number against ranges ("6-10 years", "10+", "Less than 2"): the one range holding it.
      // Never by containment: "1" is inside "10+".
      if (/^\d+(\.\d+)?$/.test(wanted)) {
        const n = Number(wanted);
        const holding = real.filter((o) => {
          const range = rangeOf(o.label);
          return range !== null && n >= range[0] && n <= range[1];
        });
        return holding.length === 1 ? (holding[0] ?? null) : null;
      }
      // Containment either way, of whole words ("Male" is not inside "Female"), only between texts
      // of the same polarity, and never a decline for an answer or the other way round.
      const near = labelled.filter(
        (o) =>
          (containsWords(o.text, wanted) || containsWords(wanted, o.text)) &&
          o.text.length > 1 &&
          negative(o.text) === negative(wanted) &&
          isDecline(o.text) === isDecline(wanted),
      );
      if (near.length === 1) return near[0]?.option ?? null;
      return null;
    }
  }
}
