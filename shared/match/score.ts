import { normalizeTitle } from '../job/dedupe-key.ts';
import type { Salary } from '../job/parse-salary.ts';
import { escapeRegExp } from '../regexp.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { DEGREE_NAMES } from './degrees.ts';
import { type JobRequirements, jobRequirements } from './job-requirements.ts';
import { occupationsOfTitle, sharedOccupation } from './occupations.ts';
import { type ProfileFacts, profileFacts } from './profile-facts.ts';
import { relevance, type TermVector, termVector } from './relevance.ts';
import { SENIORITY_WORDS } from './seniority.ts';
import { skillsIn } from './skills.ts';

/**
 * The match score: six parts with fixed maximums that add up to 100. Each part's points are
 * whole numbers and the score is their sum, so the breakdown always explains the score
 * exactly. Knock-outs do not change the score; they are warnings the user must see.
 * Skills, title and relevance say whether this is the user's kind of work; experience, location
 * and salary whether this job suits them. Relevance weighs most: on public resumes and postings
 * (bench/ranking.ts) the whole text ranks jobs of the user's occupation best, and it holds when
 * the resume's structure could not be read.
 */
export const WEIGHTS = { skills: 15, relevance: 50, experience: 10, title: 10, location: 10, salary: 5 } as const;
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
function part(key: PartKey, ratio: number, detail: string): Part {
  return { key, label: LABELS[key], earned: points(WEIGHTS[key], ratio), max: WEIGHTS[key], detail };
}

function skillsPart(req: JobRequirements, facts: ProfileFacts) {
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

function experiencePart(req: JobRequirements, facts: ProfileFacts): Part {
  const ratios: number[] = [];
  const notes: string[] = [];
  const asksYears = req.yearsOverall !== null || Object.keys(req.yearsBySkill).length > 0;
  // Roles without dates are not zero years: the years the job asks are then left uncompared.
  if (asksYears && !facts.yearsKnown) notes.push('years not compared: add your roles’ dates');
  if (req.yearsOverall !== null && facts.yearsKnown) {
    ratios.push(facts.yearsTotal / req.yearsOverall);
    notes.push(`${facts.yearsTotal} of ${req.yearsOverall}+ years overall`);
  }
  for (const [skill, years] of facts.yearsKnown ? Object.entries(req.yearsBySkill) : []) {
    const have = facts.yearsBySkill[skill] ?? 0;
    ratios.push(have / years);
    notes.push(`${Math.round(have * 10) / 10} of ${years}+ years of ${skill}`);
  }
  if (req.degree !== null) {
    const ok = facts.degree !== null && facts.degree >= req.degree;
    ratios.push(ok ? 1 : facts.degree === null ? 0.5 : 0.3);
    notes.push(`${DEGREE_NAMES[req.degree]} ${ok ? 'met' : facts.degree === null ? '(no degree in your profile)' : 'not met'}`);
  }
  if (ratios.length === 0) {
    return part(
      'experience',
      facts.yearsTotal > 0 ? 0.75 : 0.5,
      asksYears ? 'The job asks for years of experience; add your roles’ dates to compare them.' : 'The job states no years or degree.',
    );
  }
  const average = ratios.reduce((a, b) => a + Math.min(1, b), 0) / ratios.length;
  return part('experience', average, `${notes.join('; ')}.`);
}

function titleWords(title: string): Set<string> {
  return new Set(
    normalizeTitle(title)
      .replace(SENIORITY_WORDS, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !['and', 'of', 'the', 'for', 'in', 'with', 'to'].includes(w)),
  );
}

function titlePart(job: JobCapture, req: JobRequirements, facts: ProfileFacts): Part {
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

function relevancePart(job: TermVector, resume: ResumeText): Part {
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

function locationPart(job: JobCapture, profile: ProfileDraft): Part {
  const located = (ratio: number, detail: string) => part('location', ratio, detail);
  if (job.workplace === 'remote') return located(1, 'Remote job.');
  if (job.locations.length === 0) return located(0.66, 'The job states no location.');
  const home = profile.location.split(',')[0]?.trim().toLowerCase() ?? '';
  if (!home) return located(0.5, 'Add your location to your profile to score this.');
  if (job.locations.some((l) => l.toLowerCase().includes(home))) return located(1, `In ${profile.location}.`);
  if (profile.willingToRelocate) return located(0.6, `In ${job.locations[0]}; you are open to relocating.`);
  return located(0.2, `In ${job.locations[0]}, not ${profile.location}.`);
}

const PER_YEAR: Record<NonNullable<Salary['period']>, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

function annual(salary: Salary, amount: number | null): number | null {
  return amount === null ? null : amount * PER_YEAR[salary.period ?? 'year'];
}

function salaryPart(job: JobCapture, facts: ProfileFacts): Part {
  const paid = (ratio: number, detail: string) => part('salary', ratio, detail);
  const wanted = facts.salaryWanted;
  if (!job.salary) return paid(0.6, 'The job states no salary.');
  if (!wanted) return paid(0.6, 'Add a salary expectation to your profile to score this.');
  if (job.salary.currency && wanted.currency && job.salary.currency !== wanted.currency)
    return paid(0.6, `Paid in ${job.salary.currency}, your expectation is in ${wanted.currency}.`);
  const offered = annual(job.salary, job.salary.max ?? job.salary.min);
  const asked = annual(wanted, wanted.min ?? wanted.max);
  if (offered === null || asked === null || asked === 0) return paid(0.6, 'Salary not comparable.');
  if (offered >= asked) return paid(1, 'Pays at least your expectation.');
  const ratio = offered / asked;
  return paid(ratio * ratio, `Pays up to ${Math.round(ratio * 100)}% of your expectation.`);
}

function knockouts(req: JobRequirements, profile: ProfileDraft, facts: ProfileFacts): Knockout[] {
  const out: Knockout[] = [];
  const needsSponsorship = profile.workAuthorization.some((w) => w.needsSponsorship);
  for (const c of req.conditions) {
    if (c.kind === 'no-sponsorship' && needsSponsorship)
      out.push({ kind: c.kind, message: 'No visa sponsorship, and your profile says you need it.' });
    if (c.kind === 'clearance' && !/clearance/i.test(facts.text))
      out.push({ kind: c.kind, message: 'Requires a security clearance, which your profile does not list.' });
    if (c.kind === 'license') {
      const licenseSkills = skillsIn(c.license);
      const held =
        licenseSkills.length > 0
          ? licenseSkills.every((s) => facts.skills.has(s.name))
          : facts.text.toLowerCase().includes(c.license.toLowerCase());
      if (!held) out.push({ kind: c.kind, message: `Requires an active ${c.license} license, which your profile does not list.` });
    }
    if (
      c.kind === 'language' &&
      !profile.languages.some((l) => l.name.toLowerCase() === c.language.toLowerCase()) &&
      !facts.skills.has(c.language)
    ) {
      out.push({ kind: c.kind, message: `Requires fluent ${c.language}, which your profile does not list.` });
    }
    if (c.kind === 'authorization') {
      const auth = profile.workAuthorization.find((w) => w.country.toUpperCase() === c.country);
      if (!auth?.authorized)
        out.push({
          kind: c.kind,
          message: `Requires authorization to work in ${c.country}${auth ? ', which your profile says you lack' : ', not in your profile'}.`,
        });
    }
  }
  return out;
}

/** Whether the profile's text has a word, asked once per word and profile (job titles repeat words). */
type Mentions = (word: string) => boolean;

function mentionsIn(text: string): Mentions {
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

function atsCoverage(job: JobCapture, req: JobRequirements, resume: ResumeText, mentions: Mentions) {
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

/** What the matcher reads from the resume as text, once per profile. */
interface ResumeText {
  /** The skills the profile's text names (an ATS reads the text, not the skills list). */
  skills: Set<string>;
  /**
   * The profile's text and the whole resume as imported, with its skills, its current title and
   * its roles' occupations, as relevance compares them.
   */
  terms: TermVector;
}

function resumeText(profile: ProfileDraft, facts: ProfileFacts): ResumeText {
  const skills = new Set(skillsIn(facts.text).map((s) => s.name));
  const named = new Set([...facts.skills, ...skills, ...skillsIn(profile.resumeText).map((s) => s.name)]);
  // The current role's title says what the user does as a job's title says what the job is, and counts as much.
  const current = facts.titles[0] ?? '';
  return { skills, terms: termVector(current, `${facts.text}\n${profile.resumeText}`, named, facts.titleOccupations.flat()) };
}

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
