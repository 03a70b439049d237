import { escapeRegExp } from '../regexp.ts';

/**
 * How the verifier reads words: normalised tokens, names compared as whole words in order
 * (never as substrings: a company called "Go" vouches for no "Google"), sentences by the
 * platform's rules, and names blanked out of a text.
 */

/** Lower case, accents and punctuation gone, words separated by one space. */
export const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
export const tokens = (s: string) => {
  const n = norm(s);
  return n ? n.split(' ') : [];
};

/** Whether `part`'s words appear in `whole`, in order and next to each other. */
export function within(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

// Words an organisation's name may carry or drop without naming another organisation.
const CORPORATE = new Set('inc corp corporation co company ltd llc llp plc gmbh ag se sa bv nv group holdings the'.split(' '));
export const bare = (name: string[]) => name.filter((w) => !CORPORATE.has(w));

/**
 * A name the text states is one the profile knows: the same words, or some of them in order
 * ("Zalando" for "Zalando SE"), never a substring of a word and never more words than it has.
 */
export function knownName(candidate: string, names: string[][]): boolean {
  const c = bare(tokens(candidate));
  return c.length === 0 || names.some((n) => within(c, bare(n)));
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The text's sentences, by the platform's sentence rules ("M.S. in" and "U.S. citizen" do not end one). */
export function sentencesOf(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  for (const s of SENTENCES.segment(text)) if (s.segment.trim()) out.push({ text: s.segment, index: s.index });
  return out;
}

/** The text with these names (whole words, any case) replaced by spaces. */
export function blank(text: string, names: string[]): string {
  let out = text;
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    const escaped = escapeRegExp(trimmed).replace(/\s+/g, '\\s+');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), (m) => ' '.repeat(m.length));
  }
  return out;
}
