import { normalizeTitle } from '../job/dedupe-key.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { JobRequirements } from './job-requirements.ts';
import { occupationsOfTitle, sharedOccupation } from './occupations.ts';
import type { ProfileFacts } from './profile-facts.ts';
import { relevance, type TermVector } from './relevance.ts';
import type { ResumeText } from './resume-text.ts';
import { type Part, part, type SkillMatch } from './score-parts.ts';
import { SENIORITY_WORDS } from './seniority.ts';

/** The parts that say whether a job is the user's kind of work: skills, resume relevance, title and seniority. */

/** A resume this close to the job (cosine of their term vectors) earns the whole relevance part. */
const FULL_RELEVANCE = 0.3;
/** Roles before the current one count this much toward the title part. */
const EARLIER_ROLE = 0.8;
/** A role of the job's occupation, in other words ("Staff RN" for "Registered Nurse"), is this close. */
const SAME_OCCUPATION = 0.9;
/** The skills part treats a job as naming this much skill weight more, half of it held: "1 of 1" is not 100 %. */
const SKILLS_PRIOR = 2;
/** A required skill counts this many times a preferred one. */
const REQUIRED_WEIGHT = 2;

export function skillsPart(req: JobRequirements, facts: ProfileFacts) {
  const asked: SkillMatch[] = [
    ...req.requiredSkills.map((skill) => ({ skill, importance: 'required' as const })),
    ...req.preferredSkills.map((skill) => ({ skill, importance: 'preferred' as const })),
  ];
  const matched = asked.filter((s) => facts.skills.has(s.skill));
  const missing = asked.filter((s) => !facts.skills.has(s.skill));
  const weight = (list: SkillMatch[]) => list.reduce((sum, s) => sum + (s.importance === 'required' ? REQUIRED_WEIGHT : 1), 0);
  if (asked.length === 0) {
    return { part: part('skills', 0.5, 'The job names no skills we recognise.'), matched, missing };
  }
  // A profile without skills says nothing of them: every job gets the even chance, not the job that names fewest.
  if (facts.skills.size === 0) return { part: part('skills', 0.5, 'Add your skills to your profile to score this.'), matched, missing };
  const requiredCount = asked.filter((s) => s.importance === 'required').length;
  const reqMatched = matched.filter((s) => s.importance === 'required').length;
  const pref = asked.length - requiredCount;
  const prefMatched = matched.length - reqMatched;
  const detail = [`${reqMatched} of ${requiredCount} required`, pref > 0 ? `${prefMatched} of ${pref} preferred` : '']
    .filter(Boolean)
    .join(', ');
  // Few skills asked say little: the ratio leans toward an even chance until the job names several.
  const ratio = (weight(matched) + SKILLS_PRIOR / 2) / (weight(asked) + SKILLS_PRIOR);
  return { part: part('skills', ratio, `${detail} skills.`), matched, missing };
}

export function titleWords(title: string): Set<string> {
  return new Set(
    normalizeTitle(title)
      .replace(SENIORITY_WORDS, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !['and', 'of', 'the', 'for', 'in', 'with', 'to'].includes(w)),
  );
}

export function titlePart(job: JobCapture, req: JobRequirements, facts: ProfileFacts): Part {
  const wanted = titleWords(job.title);
  const occupations = occupationsOfTitle(job.title);
  let similarity = 0;
  let closest = '';
  let because = '';
  facts.titles.forEach((title, i) => {
    const have = titleWords(title);
    const shared = [...wanted].filter((w) => have.has(w)).length;
    const words = wanted.size > 0 ? shared / wanted.size : 0;
    const occupation = sharedOccupation(facts.titleOccupations[i] ?? [], occupations);
    const same = occupation !== null && words < SAME_OCCUPATION;
    const score = Math.max(words, same ? SAME_OCCUPATION : 0) * (i === 0 ? 1 : EARLIER_ROLE);
    if (score > similarity) {
      similarity = score;
      closest = title;
      because = same ? ` (both ${occupation})` : '';
    }
  });
  let seniorityFit = 0.8;
  let seniorityNote = '';
  if (req.seniority && facts.seniority) {
    const gap = Math.abs(req.seniority.level - facts.seniority.level);
    seniorityFit = gap === 0 ? 1 : gap === 1 ? 0.7 : 0.3;
    seniorityNote = `, ${req.seniority.label} role for a ${facts.seniority.label} profile`;
  }
  const detail = closest
    ? `Closest role: ${closest}${because}${seniorityNote}.`
    : `No past role shares words or occupation with "${job.title}"${seniorityNote}.`;
  return part('title', 0.6 * similarity + 0.4 * seniorityFit, detail);
}

/** Shown key terms in a part's detail; the rest are counted. */
const SHOWN_TERMS = 8;

export function relevancePart(job: TermVector, resume: ResumeText): Part {
  if (job.weights.size === 0) return part('relevance', 0.5, 'The job says too little to compare with your resume.');
  const r = relevance(job, resume.terms);
  const shown = r.shared.slice(0, SHOWN_TERMS);
  const more = r.shared.length > shown.length ? ', …' : '.';
  const detail =
    r.shared.length === 0
      ? `Your resume shares none of this job's ${r.keys.length} key terms.`
      : `Your resume shares ${r.shared.length} of this job's ${r.keys.length} key terms: ${shown.join(', ')}${more}`;
  return part('relevance', r.cosine / FULL_RELEVANCE, detail);
}
