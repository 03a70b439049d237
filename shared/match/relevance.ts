import { taxonomy } from './taxonomy.ts';
import { stemOf, wordsOf } from './terms.ts';

/**
 * How close the resume's whole text is to the job's: the relevance part of the match score. It
 * reads the full text on both sides, so a sparse profile (a resume whose structure could not be
 * read) still ranks jobs sensibly. Each text becomes a vector of terms, compared by cosine:
 * - words of occupational language, stemmed ("nursing" and "nurses" are one term), weighted by
 *   how often the text uses them times how rare they are across O*NET's occupations; words
 *   O*NET never uses (pronouns, a posting's boilerplate) are not terms;
 * - skills, by the taxonomy's names, so "k8s" in one text and "Kubernetes" in the other are one
 *   term, each weighing as much as a few of the rarest words;
 * - the O*NET occupations the titles name (the job's title, the resume's roles), so a "Staff RN"
 *   resume and a "Registered Nurse" job share a term though not a word.
 * The job's heaviest terms are its key terms, which the score's detail lists.
 */

/** How many of a job's terms the detail counts: enough to describe the work, few enough to list. */
export const KEY_TERMS = 40;
/** Words common to this share of occupations or more ("work", "perform") say nothing about a job. */
const MIN_IDF = 1.5;
/** A title word counts as this many mentions: the title says what the job is. */
const TITLE_MENTIONS = 5;
/** A skill weighs as much as this many mentions of the rarest word. */
const SKILL_WEIGHT = 2;
/** An O*NET occupation the text's titles name, as a share of the rest of the vector. */
const OCCUPATION_WEIGHT = 0.2;
const OCCUPATION = 'occupation:';

export interface TermVector {
  /** Term (a stem, or a skill's name) → weight; the vector has length 1. */
  weights: Map<string, number>;
  /** What the user reads for a term: the skill's name, or the word as the text first wrote it. */
  labels: Map<string, string>;
  /** The heaviest terms and their labels, heaviest first (at most KEY_TERMS). */
  keys: Array<[term: string, label: string]>;
}

/** A word's term and its rarity, or null when it is no term; remembered, as a language has few words. */
const termOfWord = new Map<string, { term: string; idf: number } | null>();

function lookUp(word: string): { term: string; idf: number } | null {
  let found = termOfWord.get(word);
  if (found === undefined) {
    const term = stemOf(word);
    const idf = taxonomy().idf.get(term) ?? 0;
    found = word.length > 1 && idf >= MIN_IDF ? { term, idf } : null;
    if (termOfWord.size < 200_000) termOfWord.set(word, found);
  }
  return found;
}

/**
 * A text's term vector; `title` counts several times, `skills` are the skills the text names,
 * `occupations` those its titles name (occupationsOfTitle).
 */
export function termVector(title: string, text: string, skills: Iterable<string>, occupations: number[] = []): TermVector {
  const weights = new Map<string, number>();
  const labels = new Map<string, string>();
  const count = (words: string[], times: number) => {
    for (const word of words) {
      const found = lookUp(word);
      if (!found) continue;
      weights.set(found.term, (weights.get(found.term) ?? 0) + times * found.idf);
      if (!labels.has(found.term)) labels.set(found.term, word);
    }
  };
  count(wordsOf(title), TITLE_MENTIONS);
  count(wordsOf(text), 1);
  const { maxIdf } = taxonomy();
  for (const skill of skills) {
    weights.set(skill, SKILL_WEIGHT * maxIdf);
    labels.set(skill, skill);
  }
  normalize(weights);
  if (occupations.length > 0) {
    const { occupations: names } = taxonomy();
    for (const occupation of occupations) {
      const entry = names[occupation];
      if (!entry) continue;
      // Specialties of one occupation ("Critical Care Nurses", "Registered Nurses") are one term.
      const term = `${OCCUPATION}${entry.code.slice(0, 7)}`;
      weights.set(term, (weights.get(term) ?? 0) + OCCUPATION_WEIGHT);
      if (!labels.has(term)) labels.set(term, entry.title);
    }
    normalize(weights);
  }
  return { weights, labels, keys: keyTerms(weights, labels) };
}

/** Scales the weights to a vector of length 1. */
function normalize(weights: Map<string, number>) {
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of weights) weights.set(term, w / norm);
}

export interface Relevance {
  /** Cosine of the two vectors, 0–1. */
  cosine: number;
  /** The job's key terms, heaviest first, and those the resume shares. */
  keys: string[];
  shared: string[];
}

export function relevance(job: TermVector, resume: TermVector): Relevance {
  let cosine = 0;
  const [small, large] = job.weights.size < resume.weights.size ? [job.weights, resume.weights] : [resume.weights, job.weights];
  for (const [term, w] of small) cosine += w * (large.get(term) ?? 0);
  const shared = job.keys.filter(([term]) => resume.weights.has(term)).map(([, label]) => label);
  return { cosine, keys: job.keys.map(([, label]) => label), shared };
}

/**
 * A vector's key terms, heaviest first, with what the user reads for each. The occupations are
 * terms for the cosine only (the title part names them); a one-word skill ("CPA") is a skill
 * term and a word term, read once, as the skill.
 */
function keyTerms(weights: Map<string, number>, labels: Map<string, string>): Array<[term: string, label: string]> {
  const skillNames = new Map<string, string>();
  for (const [term, label] of labels) if (term === label) skillNames.set(label.toLowerCase(), label);
  // The heaviest terms by insertion into a short sorted list: a job has hundreds of terms and
  // sorting them all for forty would cost more than the rest of its score.
  const limit = KEY_TERMS + 10; // room for the repeats dropped below
  const top: Array<[string, number]> = [];
  const heavier = (term: string, w: number, than: [string, number]) => w > than[1] || (w === than[1] && term < than[0]);
  for (const [term, w] of weights) {
    if (term.startsWith(OCCUPATION)) continue;
    const last = top[top.length - 1];
    if (top.length === limit && last && !heavier(term, w, last)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (heavier(term, w, top[mid] as [string, number])) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, [term, w]);
    if (top.length > limit) top.pop();
  }
  const seen = new Set<string>();
  const keys: Array<[string, string]> = [];
  for (const [term] of top) {
    const label = labels.get(term) ?? term;
    const shown = skillNames.get(label.toLowerCase()) ?? label;
    if (seen.has(shown.toLowerCase())) continue;
    seen.add(shown.toLowerCase());
    keys.push([term, shown]);
    if (keys.length === KEY_TERMS) break;
  }
  return keys;
}
