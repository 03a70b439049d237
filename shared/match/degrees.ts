/**
 * Degree levels and their wordings, in a module of their own: the autofill content script
 * matches degrees without loading the skills taxonomy.
 */
export type DegreeLevel = 0 | 1 | 2 | 3 | 4;
export const DEGREE_NAMES: Record<DegreeLevel, string> = {
  0: 'high school',
  1: 'associate degree',
  2: "bachelor's degree",
  3: "master's degree",
  4: 'doctorate',
};

// Degree words, most advanced first; the first level a job names is what it asks for.
export const DEGREES: Array<[RegExp, DegreeLevel]> = [
  [/\b(ph\.?d|doctorate|doctoral)\b/i, 4], // doctorates
  [/\b(master'?s?|m\.?sc|m\.?s\.|mba|m\.?eng)\b/i, 3], // masters
  [/\b(bachelor'?s?|b\.?sc|b\.?s\.|b\.?a\.|bsn|undergraduate degree|university degree|4-year degree)\b/i, 2], // bachelors
  [/\b(associate'?s? degree|associate degree|a\.?a\.?s\.?)\b/i, 1], // associate degrees
  [/\b(high school|ged|secondary school)\b/i, 0], // school diplomas
];

export function degreeLevelOf(text: string): DegreeLevel | null {
  return DEGREES.find(([re]) => re.test(text))?.[1] ?? null;
}
