import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { atsCoverage, type Mentions, mentionsIn } from './ats-coverage.ts';
import { type JobRequirements, jobRequirements } from './job-requirements.ts';
import { knockouts } from './knockouts.ts';
import { occupationsOfTitle } from './occupations.ts';
import { type ProfileFacts, profileFacts } from './profile-facts.ts';
import { type TermVector, termVector } from './relevance.ts';
import { type ResumeText, resumeText } from './resume-text.ts';
import type { MatchResult } from './score-parts.ts';
import { experiencePart, locationPart, salaryPart } from './score-suitability.ts';
import { relevancePart, skillsPart, titlePart } from './score-work.ts';

/**
 * The match score: six parts with fixed maximums that add up to 100. Each part's points are
 * whole numbers and the score is their sum, so the breakdown always explains the score
 * exactly. Knock-outs do not change the score; they are warnings the user must see.
 * Skills, title and relevance say whether this is the user's kind of work (score-work.ts);
 * experience, location and salary whether this job suits them (score-suitability.ts). Relevance
 * weighs most: on public resumes and postings (bench/ranking.ts) the whole text ranks jobs of the
 * user's occupation best, and it holds when the resume's structure could not be read. This
 * module reads the profile and each job once and puts the parts together.
 */

/** Scores many jobs against one profile, reading the profile once. */
export function createMatcher(profile: ProfileDraft, now: Date): (job: JobCapture) => MatchResult {
  const facts = profileFacts(profile, now);
  const resume = resumeText(profile, facts);
  const mentions = mentionsIn(facts.text);
  return (job) => scoreJob(profile, facts, resume, mentions, job);
}

export function matchJob(profile: ProfileDraft, job: JobCapture, now: Date): MatchResult {
  return createMatcher(profile, now)(job);
}

/** What a job asks, read once per job object however many profiles score it. */
const analyses = new WeakMap<JobCapture, { req: JobRequirements; terms: TermVector }>();

function analysis(job: JobCapture) {
  let found = analyses.get(job);
  if (!found) {
    const req = jobRequirements(job);
    const text = job.description || job.sections.map((s) => s.text).join('\n');
    found = { req, terms: termVector(job.title, text, [...req.requiredSkills, ...req.preferredSkills], occupationsOfTitle(job.title)) };
    analyses.set(job, found);
  }
  return found;
}

function scoreJob(profile: ProfileDraft, facts: ProfileFacts, resume: ResumeText, mentions: Mentions, job: JobCapture): MatchResult {
  const { req, terms } = analysis(job);
  const skills = skillsPart(req, facts);
  const breakdown = [
    skills.part,
    relevancePart(terms, resume),
    experiencePart(req, facts),
    titlePart(job, req, facts),
    locationPart(job, profile),
    salaryPart(job, facts),
  ];
  return {
    score: breakdown.reduce((sum, p) => sum + p.earned, 0),
    breakdown,
    matched: skills.matched,
    missing: [...skills.missing.filter((s) => s.importance === 'required'), ...skills.missing.filter((s) => s.importance === 'preferred')],
    knockouts: knockouts(req, profile, facts),
    ats: atsCoverage(job, req, resume, mentions),
  };
}
