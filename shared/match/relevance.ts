import { taxonomy } from './taxonomy.ts';
import { stemOf, wordsOf } from './terms.ts';

/**
 * How much of a job's vocabulary the resume shares: the relevance part of the match score. It
 * reads the whole text on both sides, so a sparse profile (a resume whose structure could not be
 * read) still ranks jobs sensibly. A job's key terms are its skills, by the taxonomy's names
 * (so "k8s" in one text and "Kubernetes" in the other are one term), and its words of
 * occupational language weighted BM25-style: how often the job uses a word (saturating), times
 * how rare the word is across O*NET's occupations. Words O*NET never uses (pronouns, a posting's
 * boilerplate) are not terms; skills are terms whatever their frequency.
 */

/** How many of a job's terms count: enough to describe the work, few enough to list. */
export const KEY_TERMS = 40;
/** BM25's term-frequency saturation: the second mention adds less than the first. */
const K1 = 1.2;
/** Words common to this share of occupations ("work", "perform") say nothing about a job. */
const MIN_IDF = Math.log(1 + 1 / 0.25);
/** A title word counts as this many mentions: the title says what the job is. */
const TITLE_MENTIONS = 3;

export interface KeyTerm {
  /** The stem, or the skill's name. */
  term: string;
  /** What the user reads: the skill's name, or the word as the job first wrote it. */
  label: string;
  weight: number;
}

const saturate = (tf: number) => (tf * (K1 + 1)) / (tf + K1);

/** A job's key terms, heaviest first. */
export function keyTerms(title: string, text: string, skills: string[]): KeyTerm[] {
  const { idf } = taxonomy();
  const counts = new Map<string, { label: string; tf: number }>();
  const count = (words: string[], times: number) => {
    for (const word of words) {
      const term = stemOf(word);
      if ((idf.get(term) ?? 0) < MIN_IDF) continue;
      const seen = counts.get(term);
      if (seen) seen.tf += times;
      else counts.set(term, { label: word, tf: times });
    }
  };
  count(wordsOf(title), TITLE_MENTIONS);
  count(wordsOf(text), 1);
  const rarest = Math.max(...idf.values());
  const terms: KeyTerm[] = skills.map((name) => ({ term: name, label: name, weight: rarest }));
  const named = new Set(skills.map((s) => s.toLowerCase()));
  for (const [term, { label, tf }] of counts) {
    if (named.has(label)) continue; // the skill already counts
    terms.push({ term, label, weight: saturate(tf) * (idf.get(term) ?? 0) });
  }
  return terms.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label)).slice(0, KEY_TERMS);
}

/** The terms a resume holds: its words' stems and its skills' names. */
export function resumeTerms(text: string, skills: Iterable<string>): Set<string> {
  const terms = new Set(wordsOf(text).map(stemOf));
  for (const skill of skills) terms.add(skill);
  return terms;
}

export interface Relevance {
  /** The share of the key terms' weight the resume holds, 0–1. */
  share: number;
  shared: KeyTerm[];
  terms: KeyTerm[];
}

export function relevance(keys: KeyTerm[], resume: Set<string>): Relevance {
  const total = keys.reduce((sum, k) => sum + k.weight, 0);
  const shared = keys.filter((k) => resume.has(k.term));
  const held = shared.reduce((sum, k) => sum + k.weight, 0);
  return { share: total > 0 ? held / total : 0, shared, terms: keys };
}
