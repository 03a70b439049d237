import { escapeRegExp } from '../regexp.ts';
import { countryByName } from './countries.ts';
import { COUNTRY_NAMES } from './country-names.ts';

/**
 * Countries named in running text (an application question, a posting's line, a resume's
 * place), from the one country table (countries.ts): every name and alias it knows, so a
 * question about France, Switzerland or Japan is read like one about the US.
 */

/** Work authorization is also asked for this region as a whole. */
const REGIONS: Readonly<Record<string, readonly string[]>> = { EU: ['European Union', 'EU', 'EEA'] };

/** "US", "U.K.", "UAE": a short form, which counts only as written, in capitals. */
const isShort = (name: string) => name.replace(/\./g, '').length <= 3;

interface Names {
  /** Names of four letters or more, in any case; longest first, so "United States of America" wins over "United States". */
  long: string[];
  short: string[];
  codes: Map<string, string>;
}

let names: Names | null = null;
function allNames(): Names {
  if (names) return names;
  const codes = new Map<string, string>();
  const all: string[] = [];
  for (const [code, list] of [...Object.entries(COUNTRY_NAMES), ...Object.entries(REGIONS)])
    for (const name of list) {
      // "Korea, Republic of", "Korea (South)": list wordings, never written so in a sentence.
      if (/[,()]/.test(name)) continue;
      all.push(name);
      codes.set(name.toLowerCase(), code);
    }
  all.sort((a, b) => b.length - a.length);
  names = { long: all.filter((n) => !isShort(n)), short: all.filter(isShort), codes };
  return names;
}

let patterns: { long: RegExp; short: RegExp; everyLong: RegExp; everyShort: RegExp } | null = null;
function mentionPatterns() {
  if (patterns) return patterns;
  const { long, short } = allNames();
  // Letters on neither side; "America" alone, not the continent's halves. Two patterns rather
  // than one with an inline (?i:) group, which Firefox before 132 cannot compile.
  const longSource = `(?<![\\p{L}.])(?<!(?:north|south|latin|central)\\s)(${long.map(escapeRegExp).join('|')})(?![\\p{L}])`;
  const shortSource = `(?<![\\p{L}.])(${short.map(escapeRegExp).join('|')})(?![\\p{L}])`;
  // The global pair finds every mention (matchAll works on a copy: the shared ones keep no state).
  patterns = {
    long: new RegExp(longSource, 'iu'),
    short: new RegExp(shortSource, 'u'),
    everyLong: new RegExp(longSource, 'giu'),
    everyShort: new RegExp(shortSource, 'gu'),
  };
  return patterns;
}

const codeOf = (name: string) => allNames().codes.get(name.toLowerCase()) ?? countryByName(name);

/** The country (ISO code, or "EU") a text names first; null when it names none. */
export function countryNamedIn(text: string): string | null {
  const { long, short } = mentionPatterns();
  const found = [long.exec(text), short.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((x, y) => x.index - y.index)[0]?.[1];
  return found ? codeOf(found) : null;
}

/** Every country (ISO code, or "EU") a text names, in the order first named, each once. */
export function countriesNamedIn(text: string): string[] {
  const { everyLong, everyShort } = mentionPatterns();
  const codes = [...text.matchAll(everyLong), ...text.matchAll(everyShort)]
    .sort((x, y) => x.index - y.index)
    .map(([, name = '']) => codeOf(name))
    .filter((code): code is string => !!code);
  return [...new Set(codes)];
}

/** A regular-expression alternation of every country's names, longest first ("Lyon, France", "Zürich, Schweiz"). */
export function countryNamesPattern(): string {
  const { long, short, codes } = allNames();
  return [...long, ...short]
    .filter((n) => !((codes.get(n.toLowerCase()) ?? '') in REGIONS))
    .map(escapeRegExp)
    .join('|');
}
