import { z } from 'zod';

/**
 * Tailored documents: structured content, rendered to PDF on the device. Facts (employers,
 * titles, dates, schools) are copied from the profile by index, never taken from a model; only
 * the choice and order of items and the wording of the summary, bullets and letters can come
 * from a model, and those are checked by verify.ts.
 */

const YearMonth = z.string().regex(/^\d{4}(-\d{2})?$/);

export const Provider = z.enum(['offline', 'anthropic', 'openai']);
export type Provider = z.infer<typeof Provider>;

export const TailoredBullet = z.object({
  text: z.string().min(1).max(1000),
  /** Why it is there (the job's requirement it speaks to), for the "what changed" view. */
  reason: z.string().max(300).default(''),
});

export const TailoredExperience = z.object({
  /** Index into profile.experience: the entry's facts come from there. */
  index: z.number().int().min(0).max(99),
  employer: z.string().max(200),
  title: z.string().max(200),
  location: z.string().max(200),
  start: YearMonth.nullable(),
  end: YearMonth.nullable(),
  bullets: z.array(TailoredBullet).max(20),
});

/** The resume's sections below its header, each printed at most once. */
export const ResumeSection = z.enum(['summary', 'skills', 'experience', 'education', 'certifications', 'languages']);
export type ResumeSection = z.infer<typeof ResumeSection>;

export const Change = z.object({ what: z.string().max(500), why: z.string().max(500) });
export type Change = z.infer<typeof Change>;

export const TailoredResume = z.object({
  kind: z.literal('resume'),
  name: z.string().max(200),
  headline: z.string().max(200),
  contact: z.array(z.string().max(500)).max(8),
  summary: z.string().max(1200),
  skills: z.array(z.string().max(100)).max(40),
  experience: z.array(TailoredExperience).max(20),
  education: z
    .array(
      z.object({
        school: z.string().max(200),
        degree: z.string().max(200),
        field: z.string().max(200),
        start: YearMonth.nullable(),
        end: YearMonth.nullable(),
      }),
    )
    .max(10),
  certifications: z.array(z.string().max(300)).max(20),
  languages: z.array(z.string().max(100)).max(20),
  /** What differs from the base resume, and why. */
  changes: z.array(Change).max(60),
  provider: Provider,
  model: z.string().max(100),
  /** The order the user gave the sections (edit.ts); absent: the default order (sections.ts). */
  sections: z.array(ResumeSection).max(6).optional(),
  /** The user changed the writer's text: it is theirs, verified and flagged but never refused. */
  editedByUser: z.boolean().optional(),
});
export type TailoredResume = z.infer<typeof TailoredResume>;

export const CoverLetter = z.object({
  kind: z.literal('cover-letter'),
  name: z.string().max(200),
  contact: z.array(z.string().max(500)).max(8),
  company: z.string().max(200),
  jobTitle: z.string().max(300),
  greeting: z.string().max(200),
  paragraphs: z.array(z.string().max(3000)).min(1).max(8),
  closing: z.string().max(200),
  provider: Provider,
  model: z.string().max(100),
  /** As on TailoredResume: the user changed the writer's text. */
  editedByUser: z.boolean().optional(),
});
export type CoverLetter = z.infer<typeof CoverLetter>;

/**
 * What a model returns for a resume: choices and wording only. `experience[].index` points
 * into the profile; bullets are rewordings of that entry's own bullets.
 */
export const ResumeDraft = z.object({
  summary: z.string().max(1200),
  skills: z.array(z.string().max(100)).max(40),
  experience: z
    .array(
      z.object({
        index: z.number().int().min(0).max(99),
        bullets: z.array(z.object({ text: z.string().min(1).max(1000), reason: z.string().max(300).default('') })).max(20),
      }),
    )
    .max(20),
});
export type ResumeDraft = z.infer<typeof ResumeDraft>;

/** What a model returns for a cover letter (also what its stream adds up to). */
export const LetterDraft = z.object({
  greeting: z.string().max(200),
  paragraphs: z.array(z.string().max(3000)).min(1).max(8),
  closing: z.string().max(200),
});
export type LetterDraft = z.infer<typeof LetterDraft>;

export const AnswerDraft = z.object({ answer: z.string().min(1).max(5000) });
export type AnswerDraft = z.infer<typeof AnswerDraft>;

/** A claim in generated text that the profile does not support. */
export const UnsupportedClaim = z.object({
  kind: z.enum([
    'employer',
    'title',
    'date',
    'degree',
    'number',
    'skill',
    'certification',
    'clearance',
    'authorization',
    /** A figure the profile states about another role. */
    'achievement',
  ]),
  text: z.string().max(300),
  where: z.string().max(300),
});
export type UnsupportedClaim = z.infer<typeof UnsupportedClaim>;

export const Usage = z.object({
  provider: Provider,
  model: z.string(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
  cached: z.boolean(),
});
export type Usage = z.infer<typeof Usage>;

/** A model's draft the truthfulness check refused: who wrote it, for which document, and what it claimed. */
export const RefusedDraft = z.object({
  provider: Provider,
  model: z.string().max(100),
  document: z.enum(['resume', 'cover-letter', 'answer']),
  claims: z.array(UnsupportedClaim).max(100),
});
export type RefusedDraft = z.infer<typeof RefusedDraft>;
