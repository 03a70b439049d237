import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { Timestamp } from './common.ts';

export const EventType = z.enum(['job_viewed', 'job_saved', 'tailored', 'autofilled', 'submitted', 'status_changed', 'generation']);

/** An analytics event. Append-only, so it carries no per-field clocks. */
export const JobsmithEvent = z.object({
  id: Ulid,
  type: EventType,
  at: Timestamp,
  applicationId: Ulid.nullable().default(null),
  jobId: Ulid.nullable().default(null),
  props: z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean(), z.null()])).default({}),
});
export type JobsmithEvent = z.infer<typeof JobsmithEvent>;
