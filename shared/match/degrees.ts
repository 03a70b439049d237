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

// Degree words, most advanced first; the first level a job names is what it asks for. An
// abbreviation may end in a dot ("B.S."), so words end where no letter follows, not at \b.
export const DEGREES: Array<[RegExp, DegreeLevel]> = [
  [/\b(ph\.?\s?d\.?|doctorate|doctoral)(?![a-z])/i, 4], // doctorates
  [/\b(master'?s?|m\.\s?sc?\.?|m\.?sc|mba|m\.?b\.?a\.|m\.?eng|m\.a\.)(?![a-z])/i, 3], // masters
  [/\b(bachelor'?s?|b\.\s?sc?\.?|b\.?sc|b\.a\.|bsn|b\.?eng|undergraduate degree|university degree|4-year degree)(?![a-z])/i, 2], // bachelors
  [/\b(associate'?s? degree|associate degree|a\.?a\.?s\.?)(?![a-z])/i, 1], // associate degrees
  [/\b(high school|ged|secondary school)(?![a-z])/i, 0], // school diplomas
];

// Bare capitals ("BS in Computer Science", "MS, Physics"), never Microsoft's "MS Office" or a state ("MA").
const BARE: Array<[RegExp, DegreeLevel]> = [
  [/\b(PhD|DPhil)\b/, 4],
  [/\bMBA\b/, 3],
  // Not after "City, " (Massachusetts, Mississippi) and not before a Microsoft product.
  [
    /(?<!,\s?)\b(MS|MSc|MA|MEng)\b(?=\s*(?:,|in\b|of\b|degree\b|\(|[A-Z][a-z]+ (?:Science|Engineering|Studies)))(?!\s*(?:Office|Excel|Word|SQL|Teams|Project|Access|Outlook|PowerPoint)\b)/,
    3,
  ],
  [/(?<!,\s?)\b(BS|BSc|BA|BEng|BBA)\b(?=\s*(?:,|in\b|of\b|degree\b|\(|[A-Z][a-z]+ (?:Science|Engineering|Studies)))/, 2],
];

export function degreeLevelOf(text: string): DegreeLevel | null {
  return DEGREES.find(([re]) => re.test(text))?.[1] ?? BARE.find(([re]) => re.test(text))?.[1] ?? null;
}
