import { degreeLevelOf } from '../match/degrees.ts';
import { profileFacts } from '../match/profile-facts.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { type Quantity, quantitiesIn } from './quantities.ts';
import type { UnsupportedClaim } from './schema.ts';
import { tokens } from './verify-words.ts';

/**
 * What the profile vouches for, read once per verification: its passages with their numbers,
 * its own words, years, skills, organisations, places, titles, degrees and work authorization;
 * and where a piece of generated text sits, and how a check reports a claim.
 */

/** Reports one unsupported claim of a kind. */
export type AddClaim = (kind: UnsupportedClaim['kind'], claim: string) => void;

/** A passage of the profile a quantity may come from; `role` is the experience entry it belongs to. */
export interface Passage {
  text: string;
  role: number | null;
  quantities: Quantity[];
}

export interface Known {
  passages: Passage[];
  /** Every word of the profile's own prose (summary, bullets, certifications, projects, education). */
  prose: string[];
  /** The words the user wrote about themselves: the summary and the certifications' names. */
  ownWords: string[];
  years: Set<string>;
  skills: Set<string>;
  yearsTotal: number;
  yearsBySkill: Record<string, number>;
  /** Organisations the user may name: employers, schools, issuers, projects. */
  orgs: string[][];
  /** The organisations as the profile writes them. */
  orgNames: string[];
  /** Each role's employer, by experience index. */
  employers: string[][];
  places: string[][];
  titles: string[][];
  degrees: Array<{ level: number; words: string[] }>;
  authorization: ProfileDraft['workAuthorization'];
}

export function known(profile: ProfileDraft, now: Date): Known {
  const facts = profileFacts(profile, now);
  const passages: Passage[] = [];
  const passage = (text: string, role: number | null) => {
    if (text.trim()) passages.push({ text, role, quantities: quantitiesIn(text) });
  };
  passage(profile.summary, null);
  profile.experience.forEach((e, i) => {
    passage(e.title, i);
    for (const b of e.bullets) passage(b, i);
  });
  for (const p of profile.projects) passage(`${p.name}: ${p.description}`, null);
  for (const c of profile.certifications) passage(c.name, null);
  for (const e of profile.education) passage(`${e.degree} ${e.field}`, null);
  const prose = tokens(
    [
      profile.summary,
      ...profile.experience.flatMap((e) => [e.title, ...e.bullets]),
      ...profile.projects.map((p) => `${p.name} ${p.description}`),
      ...profile.certifications.map((c) => `${c.name} ${c.issuer}`),
      ...profile.education.map((e) => `${e.school} ${e.degree} ${e.field}`),
      ...profile.skills.map((s) => s.name),
    ].join('\n'),
  );
  const dated = [
    ...profile.experience.flatMap((e) => [e.start, e.end]),
    ...profile.education.flatMap((e) => [e.start, e.end]),
    ...profile.certifications.map((c) => c.year),
    profile.summary,
    ...profile.experience.flatMap((e) => e.bullets),
    ...profile.projects.map((p) => p.description),
  ].join(' ');
  const years = new Set([...dated.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]));
  const employers = profile.experience.map((e) => tokens(e.employer));
  const orgNames = [
    ...profile.experience.map((e) => e.employer),
    ...profile.education.map((e) => e.school),
    ...profile.certifications.map((c) => c.issuer),
    ...profile.projects.map((p) => p.name),
  ].filter((n) => n.trim());
  const places = [profile.location, ...profile.experience.map((e) => e.location)]
    .flatMap((l) => l.split(','))
    .map(tokens)
    .filter((p) => p.length > 0);
  const titles = profile.experience.map((e) => tokens(e.title)).filter((t) => t.length > 0);
  const degrees = profile.education.flatMap((e) => {
    const level = degreeLevelOf(`${e.degree} ${e.field}`);
    return level === null ? [] : [{ level, words: tokens(`${e.degree} ${e.field} ${e.school}`) }];
  });
  return {
    passages,
    prose,
    orgNames,
    ownWords: tokens([profile.summary, ...profile.certifications.map((c) => c.name)].join('\n')),
    years,
    skills: facts.skills,
    yearsTotal: facts.yearsTotal,
    yearsBySkill: facts.yearsBySkill,
    orgs: orgNames.map(tokens).filter((o) => o.length > 0),
    employers,
    places,
    titles,
    degrees,
    authorization: profile.workAuthorization,
  };
}

/** Where generated text sits: which role's bullets (null for a summary, a letter or an answer). */
export interface Place {
  where: string;
  role: number | null;
}
