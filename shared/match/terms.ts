import { stemmer } from 'stemmer';

/**
 * Words as the match score compares them: lower case, Porter-stemmed ("nursing" and "nurses" are
 * "nurs"), so a resume and a job that use different forms of a word still share it. The
 * taxonomy's generator cuts O*NET's titles and descriptions with the same function, so its
 * tables and the texts scored at run time agree on what a term is.
 */

// A word starts with a letter; keeps + # inside and at its end (c++, c#) and joins parts set apart by . ' - (node.js).
const WORD = /[a-z][a-z0-9+#]*(?:[.'-][a-z0-9+#]+)*/g;
const stems = new Map<string, string>();

export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word;
    // The cache holds a language's words, not a page's noise.
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

/** The words of a text in lower case, in order, repeats kept. */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.endsWith("'s")) words[i] = word.slice(0, -2);
  }
  return words;
}

/** The terms of a text in order, repeats kept. */
export function termsOf(text: string): string[] {
  return wordsOf(text).map(stemOf);
}
