import { z } from 'zod';
import { SyncMeta } from './common.ts';

/** Voluntary EEO answers: "decline" unless the user chooses otherwise (DESIGN §1). */
const Eeo = z.string().max(200).default('decline');

const YearMonth = z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');

export const Experience = z.object({
  employer: z.string().max(200),
  title: z.string().max(200),
  location: z.string().max(200).default(''),
  start: YearMonth.nullable().default(null),
  /** null means "present". */
  end: YearMonth.nullable().default(null),
  bullets: z.array(z.string().max(1000)).max(50).default([]),
});

export const Education = z.object({
  school: z.string().max(200),
  degree: z.string().max(200).default(''),
  field: z.string().max(200).default(''),
  start: YearMonth.nullable().default(null),
  end: YearMonth.nullable().default(null),
});

export const Skill = z.object({
  name: z.string().min(1).max(100),
  years: z.number().nonnegative().max(70).nullable().default(null),
  level: z.enum(['beginner', 'intermediate', 'advanced', 'expert']).nullable().default(null),
});

export const WorkAuthorization = z.object({
  country: z.string().length(2),
  authorized: z.boolean(),
  needsSponsorship: z.boolean(),
});

export const Project = z.object({
  name: z.string().max(200),
  description: z.string().max(2000).default(''),
  url: z.string().max(500).default(''),
});

export const Certification = z.object({
  name: z.string().max(200),
  issuer: z.string().max(200).default(''),
  year: z.string().max(10).default(''),
});

export const SpokenLanguage = z.object({
  name: z.string().max(60),
  level: z.enum(['native', 'fluent', 'professional', 'conversational', 'basic']).nullable().default(null),
});

export const Profile = z.object({
  ...SyncMeta.shape,
  name: z.object({
    first: z.string().max(100).default(''),
    last: z.string().max(100).default(''),
    preferred: z.string().max(100).default(''),
  }),
  email: z.string().max(320).default(''),
  phone: z.string().max(40).default(''),
  location: z.string().max(200).default(''),
  summary: z.string().max(5000).default(''),
  links: z
    .object({
      linkedin: z.string().max(500).default(''),
      github: z.string().max(500).default(''),
      portfolio: z.string().max(500).default(''),
      other: z.array(z.string().max(500)).max(20).default([]),
    })
    .default({ linkedin: '', github: '', portfolio: '', other: [] }),
  workAuthorization: z.array(WorkAuthorization).max(50).default([]),
  willingToRelocate: z.boolean().nullable().default(null),
  noticePeriod: z.string().max(100).default(''),
  earliestStart: z.string().max(40).default(''),
  salaryExpectation: z.string().max(100).default(''),
  experience: z.array(Experience).max(100).default([]),
  education: z.array(Education).max(50).default([]),
  skills: z.array(Skill).max(500).default([]),
  projects: z.array(Project).max(100).default([]),
  certifications: z.array(Certification).max(100).default([]),
  languages: z.array(SpokenLanguage).max(30).default([]),
  /**
   * The resume's whole text as it was imported (lines in reading order). The match score's
   * relevance part reads it, so what the parser could not place still counts; it is never
   * shown on a tailored resume, sent to a model or typed into a form.
   */
  resumeText: z.string().max(100_000).default(''),
  eeo: z
    .object({ gender: Eeo, race: Eeo, hispanicLatino: Eeo, veteran: Eeo, disability: Eeo })
    .default({ gender: 'decline', race: 'decline', hispanicLatino: 'decline', veteran: 'decline', disability: 'decline' }),
});
export type Profile = z.infer<typeof Profile>;

/** A profile's content without the sync fields: what import produces and the user reviews. */
export const ProfileDraft = Profile.omit({ id: true, createdAt: true, updatedAt: true, deletedAt: true, clocks: true });
export type ProfileDraft = z.infer<typeof ProfileDraft>;

/** An empty draft with every default, EEO answers declined. */
export function emptyProfileDraft(): ProfileDraft {
  return ProfileDraft.parse({ name: {} });
}
