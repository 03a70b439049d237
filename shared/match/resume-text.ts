import type { ProfileDraft } from '../schemas/profile.ts';
import type { ProfileFacts } from './profile-facts.ts';
import { type TermVector, termVector } from './relevance.ts';
import { skillsIn } from './skills.ts';

/** What the matcher reads from the resume as text, once per profile: the skills it names and its term vector. */
export interface ResumeText {
  /** The skills the profile's text names (an ATS reads the text, not the skills list). */
  skills: Set<string>;
  /**
   * The profile's text and the whole resume as imported, with its skills, its current title and
   * its roles' occupations, as relevance compares them.
   */
  terms: TermVector;
}

export function resumeText(profile: ProfileDraft, facts: ProfileFacts): ResumeText {
  const skills = new Set(skillsIn(facts.text).map((s) => s.name));
  const named = new Set([...facts.skills, ...skills, ...skillsIn(profile.resumeText).map((s) => s.name)]);
  // The current role's title says what the user does as a job's title says what the job is, and counts as much.
  const current = facts.titles[0] ?? '';
  return { skills, terms: termVector(current, `${facts.text}\n${profile.resumeText}`, named, facts.titleOccupations.flat()) };
}
