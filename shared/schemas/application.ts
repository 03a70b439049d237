import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { SyncMeta, Timestamp } from './common.ts';

export const ApplicationStatus = z.enum(['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const StatusChange = z.object({ status: ApplicationStatus, at: Timestamp, note: z.string().max(2000).optional() });

export const Contact = z.object({
  name: z.string().max(200),
  role: z.string().max(200).default(''),
  email: z.string().max(320).default(''),
  linkedin: z.string().max(500).default(''),
});

export const Application = z.object({
  ...SyncMeta.shape,
  jobId: Ulid,
  status: ApplicationStatus,
  /** Oldest first; the last entry is the current status. */
  statusHistory: z.array(StatusChange).min(1),
  appliedAt: Timestamp.nullable().default(null),
  notes: z.string().max(20_000).default(''),
  contacts: z.array(Contact).max(100).default([]),
  /** The resume version sent with this application. */
  resumeDocumentId: Ulid.nullable().default(null),
  followUpAt: Timestamp.nullable().default(null),
});
export type Application = z.infer<typeof Application>;
