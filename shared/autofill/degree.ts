/**
 * Degree levels, so "Bachelor of Science in Accounting" on a resume picks "Bachelor's Degree"
 * in a form's list. Each pattern names the wordings of one level; the order puts the more
 * specific ones first ("Master of Business Administration" is a master's, not a business degree).
 */
export type DegreeLevel = 'doctorate' | 'master' | 'bachelor' | 'associate' | 'high-school';

const LEVELS: Array<[DegreeLevel, RegExp]> = [
  ['doctorate', /\b(ph\.? ?d|doctor(ate)?( of| degree)?|d\.?phil|ed\.?d)\b/i],
  ['master', /\b(master'?s?|m\.? ?sc?|m\.?a\.?|mba|m\.?eng|m\.?ed|mfa|llm|magister)\b/i],
  ['bachelor', /\b(bachelor'?s?|b\.? ?sc?|b\.?a\.?|b\.?eng|bba|b\.?tech|licence|undergraduate degree)\b/i],
  ['associate', /\b(associate'?s?( degree)?|a\.?a\.?s?|foundation degree)\b/i],
  ['high-school', /\b(high school|secondary school|ged|a[- ]levels?|abitur|diploma of secondary)\b/i],
];

export function degreeLevel(text: string): DegreeLevel | null {
  // "Doctor of Medicine" and "Bachelor" both name a level; the first in LEVELS wins.
  return LEVELS.find(([, re]) => re.test(text))?.[0] ?? null;
}
