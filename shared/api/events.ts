import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { EVENT_VERSION } from '../schemas/event.ts';

/** POST /v1/events: the device's analytics events, in batches. */

export const MAX_EVENTS_PER_BATCH = 500;

/**
 * Only the id is checked for the whole batch (a rejection is reported by it); the rest of each
 * event is checked on its own, so one bad event is reported and the others are stored.
 */
const IncomingEvent = z
  .looseObject({ id: Ulid })
  .describe(
    `A JobsmithEvent (shared/schemas/event.ts): id, type, at (epoch ms), applicationId, jobId, props and v (the event format's version; missing means 1, above ${EVENT_VERSION} is rejected)`,
  );

/** One event as it arrives, before it is checked. */
export type IncomingEvent = z.infer<typeof IncomingEvent>;

export const EventsRequest = z.object({ events: z.array(IncomingEvent).min(1).max(MAX_EVENTS_PER_BATCH) });

/** What became of each event: every id lands in exactly one list. */
export const EventsResponse = z.object({
  stored: z.array(Ulid).describe('Stored by this request'),
  duplicates: z.array(Ulid).describe('Stored before (or twice in this batch): nothing changed'),
  rejected: z.array(z.object({ id: Ulid, reason: z.string() })).describe('Refused for good: sending them again gets the same answer'),
});
export type EventsResponse = z.infer<typeof EventsResponse>;
