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

export const InterviewType = z.enum(['phone', 'video', 'onsite', 'take-home', 'other']);
export const InterviewOutcome = z.enum(['pending', 'passed', 'failed', 'cancelled']);

export const Interview = z.object({
  id: z.string().min(1).max(40),
  /** When it happens (epoch ms). */
  at: Timestamp,
  round: z.string().max(100).default(''),
  type: InterviewType.default('video'),
  interviewer: z.string().max(200).default(''),
  outcome: InterviewOutcome.default('pending'),
  prepNotes: z.string().max(20_000).default(''),
});
export type Interview = z.infer<typeof Interview>;

export const NextAction = z.object({ text: z.string().min(1).max(500), due: Timestamp.nullable().default(null) });

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
  interviews: z.array(Interview).max(50).default([]),
  nextAction: NextAction.nullable().default(null),
});
export type Application = z.infer<typeof Application>;
