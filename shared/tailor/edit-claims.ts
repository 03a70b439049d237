import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import type { CoverLetter, TailoredResume, UnsupportedClaim } from './schema.ts';
import { verifyLetter, verifyResumeParts } from './verify.ts';

/**
 * The verifier run on the user's edits, part by part, so each unsupported claim is shown beside
 * the text it comes from. The rules are verify.ts's own (a bullet is checked under its role, a
 * letter's paragraph with the job); the claims are warnings: the user may keep what they wrote.
 */

/** Where a claim sits in the editor: "summary", "skills", "bullet:<role>:<bullet>", "greeting", "paragraph:<i>", "closing". */
export type PartKey = string;
export const bulletPart = (role: number, bullet: number): PartKey => `bullet:${role}:${bullet}`;
export const paragraphPart = (index: number): PartKey => `paragraph:${index}`;

/** The parts' claims; a part with none is absent. Blank parts (being typed) claim nothing. */
export type PartClaims = Map<PartKey, UnsupportedClaim[]>;

function collect(entries: Array<[PartKey, UnsupportedClaim[]]>): PartClaims {
  return new Map(entries.filter(([, claims]) => claims.length > 0));
}

export function resumeClaims(profile: ProfileDraft, resume: TailoredResume, now: Date): PartClaims {
  const parts = verifyResumeParts(profile, resume, now);
  return collect([
    ['summary', parts.summary],
    ['skills', parts.skills],
    ...parts.roles.flatMap((r, role) => r.bullets.map((claims, i): [PartKey, UnsupportedClaim[]] => [bulletPart(role, i), claims])),
  ]);
}

export function letterClaims(profile: ProfileDraft, job: JobCapture, letter: CoverLetter, now: Date): PartClaims {
  // The greeting and the closing are read as the letter's paragraphs are: the user may write anything there too.
  const check = (text: string, where: string) =>
    verifyLetter(profile, job, { ...letter, paragraphs: [text] }, now).map((c) => ({ ...c, where }));
  return collect([
    ['greeting', check(letter.greeting, 'greeting')],
    ...letter.paragraphs.map((p, i): [PartKey, UnsupportedClaim[]] => [paragraphPart(i), check(p, `paragraph ${i + 1}`)]),
    ['closing', check(letter.closing, 'closing')],
  ]);
}
