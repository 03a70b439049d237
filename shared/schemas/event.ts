import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { Timestamp } from './common.ts';

export const EventType = z.enum(['job_viewed', 'job_saved', 'tailored', 'autofilled', 'submitted', 'status_changed', 'generation']);
export type EventType = z.infer<typeof EventType>;

/** Bumped when an event's props change meaning; the worker reads older versions as they were. */
export const EVENT_VERSION = 1;

/** An analytics event. Append-only, so it carries no per-field clocks. */
export const JobsmithEvent = z.object({
  id: Ulid,
  type: EventType,
  at: Timestamp,
  applicationId: Ulid.nullable().default(null),
  jobId: Ulid.nullable().default(null),
  props: z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean(), z.null()])).default({}),
  /** The event format's version (EVENT_VERSION when it was recorded). */
  v: z.number().int().min(1).default(1),
});
export type JobsmithEvent = z.infer<typeof JobsmithEvent>;
