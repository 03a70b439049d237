import { z } from 'zod';
import { FEED_IDS } from '../boards/feeds.ts';
import { READERS, SITE_IDS } from '../sites/registry.ts';
import { HttpUrl, SyncMeta, Timestamp } from './common.ts';

/** A site unit's id, the page's JSON-LD, the generic reader (see shared/sites/registry.ts), or a public feed (shared/boards/feeds.ts). */
export const JobSource = z.enum([...SITE_IDS, ...READERS, ...FEED_IDS]);
export type JobSource = z.infer<typeof JobSource>;

export const Workplace = z.enum(['remote', 'hybrid', 'onsite']);

export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().length(3).nullable(),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']).nullable(),
});

/** A job as read from a page, before it is saved. */
export const JobCapture = z.object({
  source: JobSource,
  sourceId: z.string().max(200).nullable().default(null),
  url: HttpUrl,
  canonicalUrl: HttpUrl.nullable().default(null),
  applyUrl: HttpUrl.nullable().default(null),
  title: z.string().trim().min(1).max(300),
  company: z.string().trim().max(200).default(''),
  locations: z.array(z.string().max(200)).max(50).default([]),
  workplace: Workplace.nullable().default(null),
  employmentType: z.string().max(60).nullable().default(null),
  salary: Salary.nullable().default(null),
  postedAt: z.string().max(40).nullable().default(null),
  /** Clean text of the description; markup is never stored as HTML to be injected. */
  description: z.string().max(100_000).default(''),
  /** The description's structure (headings, paragraphs, list items) as plain text, for display. */
  sections: z
    .array(z.object({ kind: z.enum(['heading', 'paragraph', 'item']), text: z.string().max(5000) }))
    .max(1000)
    .default([]),
  /** Qualifications the page lists under required vs preferred headings. */
  requirements: z
    .object({ required: z.array(z.string().max(1000)).max(100), preferred: z.array(z.string().max(1000)).max(100) })
    .default({ required: [], preferred: [] }),
  /** Key shared by the same job seen on different sites (see dedupeKey()). */
  dedupeKey: z.string().min(1).max(400),
});
export type JobCapture = z.infer<typeof JobCapture>;

export const Job = z.object({ ...SyncMeta.shape, ...JobCapture.shape, capturedAt: Timestamp });
export type Job = z.infer<typeof Job>;
