import { percent, rate } from '../analytics/stats.ts';
import type { JobRequirements } from '../match/job-requirements.ts';
import type { ProfileFacts } from '../match/profile-facts.ts';

export interface SkillGap {
  skill: string;
  /** Saved jobs that ask for it, required or preferred. */
  jobs: number;
  /** Of those, the ones that require it. */
  required: number;
  /** jobs / all saved jobs */
  share: number;
  sentence: string;
}

/**
 * Skills the user's saved jobs ask for and their profile does not show, most asked first:
 * what to learn, or to add to the profile if they have it already. Takes each job's
 * requirements (shared/match/job-requirements.ts), read once by the caller, who may spread
 * that work over time for thousands of jobs.
 */
export function skillGaps(
  jobs: ReadonlyArray<Pick<JobRequirements, 'requiredSkills' | 'preferredSkills'>>,
  facts: ProfileFacts,
): SkillGap[] {
  const asked = new Map<string, { jobs: number; required: number }>();
  for (const req of jobs) {
    const required = new Set(req.requiredSkills);
    for (const skill of new Set([...req.requiredSkills, ...req.preferredSkills])) {
      if (facts.skills.has(skill)) continue;
      const count = asked.get(skill) ?? { jobs: 0, required: 0 };
      count.jobs++;
      if (required.has(skill)) count.required++;
      asked.set(skill, count);
    }
  }
  return [...asked]
    .map(([skill, count]) => {
      const share = rate(count.jobs, jobs.length) ?? 0;
      return {
        skill,
        ...count,
        share,
        sentence: `${skill} appears in ${percent(share)} of your saved jobs and is not in your profile.`,
      };
    })
    .sort((a, b) => b.jobs - a.jobs || b.required - a.required || (a.skill < b.skill ? -1 : 1));
}
