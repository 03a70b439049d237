import { LEVEL_WORDS } from './seniority.ts';
import { taxonomy } from './taxonomy.ts';
import { termsOf } from './terms.ts';

/**
 * The O*NET occupations a job title names, from the 56,000 alternate titles people use: "Staff
 * RN, ICU" and "Registered Nurse" are both nurses though they share no word. A title is compared
 * with each occupation's titles over their terms: a term of few occupations counts more than one
 * of many ("nurse" more than "staff"), and an occupation's long list of titles counts only a
 * little against it (LENGTH_WEIGHT). The occupations within a fifth of the best are the title's.
 */
export function occupationsOfTitle(title: string): number[] {
  // "Senior" and "Lead" say how senior, not which occupation.
  const terms = [...new Set(termsOf(title.replace(LEVEL_WORDS, ' ')))].sort();
  // Titles repeat (every "Registered Nurse" posting): each set of terms is worked out once.
  const key = terms.join(' ');
  let found = known.get(key);
  if (!found) {
    found = occupationsOfTerms(terms);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(key, found);
  }
  return found;
}

const MAX_KNOWN = 10_000;
/**
 * How much an occupation's many titles count against it. Its title vector grows with every
 * specialty it is written in (Registered Nurses have a hundred titles, Nursing Instructors thirty),
 * and divided by its whole length the occupation most titles name would lose to one with few:
 * "Registered Nurse" read as a nursing instructor. The fourth root of the length still keeps a
 * long list from winning by its length alone; on titles held out of O*NET's own lists it names
 * the title's occupation first more often than the cosine did.
 */
const LENGTH_WEIGHT = 0.25;
const known = new Map<string, number[]>();

function occupationsOfTerms(terms: string[]): number[] {
  const { titleTerms, titleNorms } = taxonomy();
  const scores = new Map<number, number>();
  for (const term of terms) {
    const list = titleTerms.get(term);
    if (!list) continue;
    const rarity = Math.log(titleNorms.length / list.length);
    for (const [occupation, weight] of list) scores.set(occupation, (scores.get(occupation) ?? 0) + weight * rarity);
  }
  let best = 0;
  for (const [occupation, score] of scores) {
    const similarity = score / (titleNorms[occupation] || 1) ** LENGTH_WEIGHT;
    scores.set(occupation, similarity);
    best = Math.max(best, similarity);
  }
  return [...scores]
    .filter(([, score]) => best > 0 && score >= best * 0.8)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 3)
    .map(([occupation]) => occupation);
}

/**
 * Whether two titles name the same occupation: one they share, or two specialties of one
 * ("Critical Care Nurses" and "Registered Nurses" are both 29-1141). Returns its name, or null.
 */
export function sharedOccupation(a: number[], b: number[]): string | null {
  const { occupations } = taxonomy();
  const detailed = (o: number) => occupations[o]?.code.slice(0, 7) ?? '';
  for (const x of a) for (const y of b) if (detailed(x) === detailed(y)) return occupations[x === y ? x : Math.min(x, y)]?.title ?? null;
  return null;
}
