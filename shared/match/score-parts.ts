/**
 * The score's six parts: their fixed maximums (which add up to 100), their labels, and how a
 * part's whole-number points are counted, so the breakdown always explains the score exactly.
 */

export const WEIGHTS = { skills: 15, relevance: 50, experience: 10, title: 10, location: 10, salary: 5 } as const;

export type PartKey = keyof typeof WEIGHTS;
export interface Part {
  key: PartKey;
  label: string;
  earned: number;
  max: number;
  detail: string;
}
export interface SkillMatch {
  skill: string;
  importance: 'required' | 'preferred';
}
export interface Knockout {
  kind: string;
  message: string;
}
export interface MatchResult {
  score: number;
  breakdown: Part[];
  matched: SkillMatch[];
  missing: SkillMatch[];
  knockouts: Knockout[];
  ats: { coverage: number; present: string[]; absent: string[] };
}

const points = (max: number, ratio: number) => Math.round(max * Math.min(1, Math.max(0, ratio)));

const LABELS: Record<PartKey, string> = {
  skills: 'Skills',
  relevance: 'Resume relevance',
  experience: 'Experience',
  title: 'Title and seniority',
  location: 'Location',
  salary: 'Salary',
};

/** A breakdown row earning `ratio` of its part's maximum. */
export function part(key: PartKey, ratio: number, detail: string): Part {
  return { key, label: LABELS[key], earned: points(WEIGHTS[key], ratio), max: WEIGHTS[key], detail };
}
