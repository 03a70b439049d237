import { canonicalSkill, skillsIn } from '../match/skills.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import type { CoverLetter, TailoredResume, UnsupportedClaim } from './schema.ts';
import { checkCredentials } from './verify-credentials.ts';
import { type AddClaim, type Known, known, type Place } from './verify-known.ts';
import { checkOrgs } from './verify-orgs.ts';
import { checkQuantities } from './verify-quantities.ts';
import { checkTitles } from './verify-titles.ts';
import { bare, blank, knownName, norm, sentencesOf, tokens, within } from './verify-words.ts';

/**
 * The truthfulness check every generated document passes before the user sees it: each
 * employer, title, date, degree, certification, clearance, work authorization, number and skill
 * it states must be in the profile, and an achievement must stay with the role it belongs to. It
 * reads text the way a recruiter would, one rule per kind of claim: organisations, titles,
 * numbers and credentials each in a verify-*.ts module of their own, dates and skills here. Names
 * are compared as whole words, never as substrings (a company called "Go" vouches for no "Google"). The job's
 * own company and title may appear only as what is being applied for. Verdicts depend on the
 * clock the caller passes (years of experience), never on today's date.
 */

// ── The job: what is applied for, never a past role ─────────────────────────────────────────
// A sentence about the user's past ("previously worked as X at Y").
const PAST =
  /\b(previously|formerly|former|worked|served|spent|was employed|have been|had been|my (?:time|years|tenure|role|work) (?:at|as|with)|during my|while at|back at|ex-)/i;

/** The job's company and title as they may be written (whole words), or null without a job. */
function jobNames(job: JobCapture | undefined) {
  if (!job) return null;
  const company = tokens(job.company);
  const title = tokens(job.title);
  return { company, title };
}

/** Claims in a piece of generated text that the profile does not support. */
function checkText(k: Known, text: string, at: Place, job: JobCapture | undefined): UnsupportedClaim[] {
  const claims: UnsupportedClaim[] = [];
  const add: AddClaim = (kind, claim) => {
    const t = claim.trim().slice(0, 300);
    if (t && !claims.some((c) => c.kind === kind && c.text === t)) claims.push({ kind, text: t, where: at.where.slice(0, 300) });
  };
  const names = jobNames(job);
  const userTitle = (words: string[]) => k.titles.some((t) => within(words, t));

  for (const sentence of sentencesOf(text)) {
    const s = sentence.text;
    const words = tokens(s);
    // The job's company or title stated as the user's past ("previously worked as X at Y").
    if (names && PAST.test(s)) {
      if (names.company.length > 0 && within(names.company, words) && !knownName(job?.company ?? '', k.orgs))
        add('employer', job?.company ?? '');
      if (names.title.length > 0 && within(bare(names.title), words) && !userTitle(names.title)) add('title', job?.title ?? '');
    }
    // Naming the job ("the Site Reliability Engineer role at Fjord Energy") claims nothing else about the user.
    const own = names ? blank(s, [job?.title ?? '', job?.company ?? '']) : s;
    checkOrgs(k, s, add, names?.company ?? null);
    checkTitles(k, own, add, at.role === null && sentence.index === 0);
    for (const m of own.matchAll(/\b(19|20)\d{2}\b/g)) if (!k.years.has(m[0])) add('date', m[0]);
    checkQuantities(k, own, at, add);
    // An employer or school named like a product ("At Figma, I…") is no skill claim.
    for (const skill of skillsIn(blank(own, k.orgNames))) if (!k.skills.has(skill.name)) add('skill', skill.name);
    checkCredentials(k, own, add);
  }
  return claims;
}

/** Claims in a piece of generated text (a summary, a letter's paragraph, an answer) that the profile does not support. */
export function verifyText(profile: ProfileDraft, text: string, where: string, job: JobCapture | undefined, now: Date): UnsupportedClaim[] {
  return checkText(known(profile, now), text, { where, role: null }, job);
}

/** A tailored resume's claims, part by part: each role's facts and bullets (in the resume's order), the summary, the skills. */
export interface ResumeClaims {
  roles: Array<{ facts: UnsupportedClaim[]; bullets: UnsupportedClaim[][] }>;
  summary: UnsupportedClaim[];
  skills: UnsupportedClaim[];
}

/** A tailored resume: its facts must be the profile's (by index), its words supported by it, each achievement under its own role. */
export function verifyResumeParts(profile: ProfileDraft, resume: TailoredResume, now: Date): ResumeClaims {
  const k = known(profile, now);
  const roles = resume.experience.map((entry) => {
    const base = profile.experience[entry.index];
    const where = `experience ${entry.index + 1}`;
    if (!base) return { facts: [{ kind: 'employer' as const, text: entry.employer, where }], bullets: [] };
    const facts: UnsupportedClaim[] = [];
    if (norm(base.employer) !== norm(entry.employer)) facts.push({ kind: 'employer', text: entry.employer, where });
    if (norm(base.title) !== norm(entry.title)) facts.push({ kind: 'title', text: entry.title, where });
    if (base.start !== entry.start || base.end !== entry.end)
      facts.push({ kind: 'date', text: `${entry.start ?? ''}–${entry.end ?? 'present'}`, where });
    const bullets = entry.bullets.map((b, i) =>
      checkText(k, b.text, { where: `${base.employer}, bullet ${i + 1}`, role: entry.index }, undefined),
    );
    return { facts, bullets };
  });
  const own = new Set(profile.skills.map((s) => norm(s.name)));
  const skills = resume.skills
    .filter((skill) => !k.skills.has(canonicalSkill(skill)?.name ?? skill) && !own.has(norm(skill)))
    .map((skill): UnsupportedClaim => ({ kind: 'skill', text: skill, where: 'skills' }));
  return { roles, summary: checkText(k, resume.summary, { where: 'summary', role: null }, undefined), skills };
}

/** Every unsupported claim of a tailored resume, in its order. */
export function verifyResume(profile: ProfileDraft, resume: TailoredResume, now: Date): UnsupportedClaim[] {
  const parts = verifyResumeParts(profile, resume, now);
  return [...parts.roles.flatMap((r) => [...r.facts, ...r.bullets.flat()]), ...parts.summary, ...parts.skills];
}

/** A cover letter may name the job's company and title as what is applied for; everything about the user must be in the profile. */
export function verifyLetter(profile: ProfileDraft, job: JobCapture, letter: CoverLetter, now: Date): UnsupportedClaim[] {
  const k = known(profile, now);
  return letter.paragraphs.flatMap((p, i) => checkLetterParagraph(k, p, `paragraph ${i + 1}`, job));
}

/**
 * A letter's paragraph; a sentence that names one of the user's employers ("At Zalando, I cut
 * latency by 40%") must state that role's achievements, not another's.
 */
function checkLetterParagraph(k: Known, paragraph: string, where: string, job: JobCapture): UnsupportedClaim[] {
  const claims: UnsupportedClaim[] = [];
  for (const sentence of sentencesOf(paragraph)) {
    const words = tokens(sentence.text);
    const roles = k.employers.map((e, i) => (e.length > 0 && within(bare(e), words) ? i : -1)).filter((i) => i >= 0);
    const role = roles.length === 1 ? (roles[0] as number) : null;
    for (const c of checkText(k, sentence.text, { where, role }, job)) {
      if (!claims.some((x) => x.kind === c.kind && x.text === c.text)) claims.push(c);
    }
  }
  return claims;
}
