import { degreeLevelOf } from '../match/degrees.ts';
import { profileFacts } from '../match/profile-facts.ts';
import { canonicalSkill, skillsIn } from '../match/skills.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import type { CoverLetter, TailoredResume, UnsupportedClaim } from './schema.ts';

/**
 * The truthfulness check every generated document passes before the user sees it: each
 * employer, title, date, degree, number and skill it states must be in the profile. It reads
 * text the way a recruiter would, with patterns per kind of claim (one row each below); what it
 * cannot tie to the profile is reported, and the caller rejects or flags the document.
 */

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}%+#.]+/gu, ' ')
    .trim();

interface Known {
  text: string;
  numbers: Set<string>;
  years: Set<string>;
  skills: Set<string>;
  /** Organisations the text may name: employers, schools, issuers, and the job's company. */
  orgs: string[];
  titles: string[];
  degrees: Set<number>;
}

function known(profile: ProfileDraft, job: JobCapture | undefined, now: Date): Known {
  const facts = profileFacts(profile, now);
  const text = [
    facts.text,
    profile.location,
    ...profile.experience.map((e) => `${e.location} ${e.start ?? ''} ${e.end ?? ''}`),
    ...profile.education.map((e) => `${e.start ?? ''} ${e.end ?? ''}`),
    ...profile.certifications.map((c) => `${c.name} ${c.issuer} ${c.year}`),
    ...profile.projects.map((p) => `${p.name} ${p.description}`),
    ...profile.skills.map((s) => `${s.name} ${s.years ?? ''}`),
  ].join('\n');
  const numbers = new Set([...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0].replace(',', '.')));
  // Years of experience the profile's dates add up to, as a writer would round them.
  numbers.add(String(Math.floor(facts.yearsTotal)));
  numbers.add(String(Math.round(facts.yearsTotal)));
  for (const [, years] of Object.entries(facts.yearsBySkill)) {
    numbers.add(String(Math.floor(years)));
    numbers.add(String(Math.round(years)));
  }
  const years = new Set([...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]));
  const orgs = [
    ...profile.experience.map((e) => e.employer),
    ...profile.education.map((e) => e.school),
    ...profile.certifications.map((c) => c.issuer),
    ...profile.projects.map((p) => p.name),
    job?.company ?? '',
  ]
    .map(norm)
    .filter(Boolean);
  const titles = [...profile.experience.map((e) => e.title), job?.title ?? ''].map(norm).filter(Boolean);
  const degrees = new Set(
    profile.education.map((e) => degreeLevelOf(`${e.degree} ${e.field}`)).filter((d): d is NonNullable<typeof d> => d !== null),
  );
  return { text: norm(text), numbers, years, skills: facts.skills, orgs, titles, degrees };
}

// "at Acme Corp", "for Globex", "joined Initech": a capitalized name after these words is an organisation.
const ORG = /\b(?:at|for|with|joined|from)\s+((?:[A-Z][\p{L}\p{N}&.'-]*)(?:\s+(?:&\s+)?[A-Z][\p{L}\p{N}&.'-]*){0,4})/gu;
// "as a Senior Data Engineer", "worked as Staff Accountant": a role title.
const TITLE =
  /\b(?:as an?|as the|as|promoted to|role of)\s+((?:[\p{L}-]+\s+){0,4}(?:engineer|developer|manager|accountant|nurse|analyst|designer|director|lead|specialist|technician|consultant|architect|scientist|officer|administrator|coordinator|head|vp|president|controller|cook|chef|welder|driver))\b/giu;
// Words that start a capitalized run without being a name.
const NOT_ORG = /^(i|the|my|our|your|a|an|this|that|these|it|we|us|all|both|each|every|teams?|customers?|clients?|patients?|scale|speed)$/i;
// Numbers that are not claims about the user: list markers, "one-page", "24/7".
const HARMLESS_NUMBER = /^(0|1|24|7)$/;

function mentions(list: string[], candidate: string): boolean {
  const c = norm(candidate);
  return list.some((k) => k === c || k.includes(c) || c.includes(k));
}

/** Claims in a piece of generated text that the profile does not support. */
export function verifyText(profile: ProfileDraft, text: string, where: string, job?: JobCapture, now = new Date()): UnsupportedClaim[] {
  const k = known(profile, job, now);
  const claims: UnsupportedClaim[] = [];
  const add = (kind: UnsupportedClaim['kind'], claim: string) => {
    if (!claims.some((c) => c.kind === kind && c.text === claim))
      claims.push({ kind, text: claim.slice(0, 300), where: where.slice(0, 300) });
  };

  // Naming the job ("the Site Reliability Engineer role at Fjord Energy") claims nothing about the user.
  const own = job ? [job.title, job.company].filter((t) => t.trim()).reduce((t, name) => t.split(name).join(' '), text) : text;
  for (const m of text.matchAll(ORG)) {
    const name = (m[1] ?? '').trim().replace(/[.,]$/, '');
    const first = name.split(/\s+/)[0] ?? '';
    if (!name || NOT_ORG.test(first)) continue;
    // A skill or a place the profile names is not an employer claim ("with Python", "in Denver").
    if (canonicalSkill(name) || k.text.includes(norm(name))) continue;
    if (!mentions(k.orgs, name)) add('employer', name);
  }
  for (const m of text.matchAll(TITLE)) {
    const title = (m[1] ?? '').trim();
    if (!mentions(k.titles, title) && !k.text.includes(norm(title))) add('title', title);
  }
  for (const m of own.matchAll(/\b(19|20)\d{2}\b/g)) if (!k.years.has(m[0])) add('date', m[0]);
  for (const m of own.matchAll(/(?<![\p{L}\d])(\d+(?:[.,]\d+)?)(\s*(?:%|percent|\+|k\b|x\b|m\b))?/gu)) {
    const value = (m[1] ?? '').replace(',', '.');
    if (/^(19|20)\d{2}$/.test(value) || HARMLESS_NUMBER.test(value)) continue;
    if (!k.numbers.has(value)) add('number', m[0].trim());
  }
  for (const skill of skillsIn(own)) if (!k.skills.has(skill.name)) add('skill', skill.name);
  for (const phrase of text.match(
    /\b(ph\.?d|doctorate|master'?s( degree)?|mba|m\.?sc|bachelor'?s( degree)?|b\.?sc|associate'?s degree)\b/gi,
  ) ?? []) {
    const level = degreeLevelOf(phrase);
    if (level !== null && !k.degrees.has(level)) add('degree', phrase);
  }
  return claims;
}

/** A tailored resume: its facts must be the profile's (by index), its words supported by it. */
export function verifyResume(profile: ProfileDraft, resume: TailoredResume, now = new Date()): UnsupportedClaim[] {
  const claims: UnsupportedClaim[] = [];
  for (const entry of resume.experience) {
    const base = profile.experience[entry.index];
    const where = `experience ${entry.index + 1}`;
    if (!base) {
      claims.push({ kind: 'employer', text: entry.employer, where });
      continue;
    }
    if (norm(base.employer) !== norm(entry.employer)) claims.push({ kind: 'employer', text: entry.employer, where });
    if (norm(base.title) !== norm(entry.title)) claims.push({ kind: 'title', text: entry.title, where });
    if (base.start !== entry.start || base.end !== entry.end)
      claims.push({ kind: 'date', text: `${entry.start ?? ''}–${entry.end ?? 'present'}`, where });
    entry.bullets.forEach((b, i) => {
      claims.push(...verifyText(profile, b.text, `${base.employer}, bullet ${i + 1}`, undefined, now));
    });
  }
  claims.push(...verifyText(profile, resume.summary, 'summary', undefined, now));
  const facts = profileFacts(profile, now);
  const own = new Set(profile.skills.map((s) => norm(s.name)));
  for (const skill of resume.skills) {
    const name = canonicalSkill(skill)?.name ?? skill;
    if (!facts.skills.has(name) && !own.has(norm(skill))) claims.push({ kind: 'skill', text: skill, where: 'skills' });
  }
  return claims;
}

/** A cover letter may name the job's company and title; everything about the user must be in the profile. */
export function verifyLetter(profile: ProfileDraft, job: JobCapture, letter: CoverLetter, now = new Date()): UnsupportedClaim[] {
  return letter.paragraphs.flatMap((p, i) => verifyText(profile, p, `paragraph ${i + 1}`, job, now));
}
