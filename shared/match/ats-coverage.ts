import { escapeRegExp } from '../regexp.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { JobRequirements } from './job-requirements.ts';
import type { ResumeText } from './resume-text.ts';
import { titleWords } from './score-work.ts';

/** How many of the job's keywords (its skills and its title's words) the resume's text has, as an ATS ranks it. */

/** Whether the profile's text has a word, asked once per word and profile (job titles repeat words). */
export type Mentions = (word: string) => boolean;

export function mentionsIn(text: string): Mentions {
  const seen = new Map<string, boolean>();
  return (word) => {
    let found = seen.get(word);
    if (found === undefined) {
      found = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').test(text);
      seen.set(word, found);
    }
    return found;
  };
}

export function atsCoverage(job: JobCapture, req: JobRequirements, resume: ResumeText, mentions: Mentions) {
  const terms = [...new Set([...req.requiredSkills, ...req.preferredSkills])];
  const resumeSkills = resume.skills;
  const present = terms.filter((t) => resumeSkills.has(t));
  const absent = terms.filter((t) => !resumeSkills.has(t));
  // The job title's own words are keywords an ATS ranks on too.
  for (const word of titleWords(job.title)) {
    if (mentions(word)) present.push(word);
    else absent.push(word);
  }
  const total = present.length + absent.length;
  return { coverage: total === 0 ? 0 : Math.round((present.length / total) * 100) / 100, present, absent };
}
