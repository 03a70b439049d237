import { newId } from '../../shared/ids.ts';
import { EVENT_VERSION, type EventType, type JobsmithEvent } from '../../shared/schemas/event.ts';
import type { JobsmithDb } from './database.ts';

/** An event kept on the device; `sentAt` is set once the worker stored it (signed in only). */
export interface StoredEvent extends JobsmithEvent {
  sentAt: number | null;
}

/**
 * Records what the user did (viewed, saved, tailored, autofilled, submitted, changed a status,
 * generated), on this device first: the Analytics tab reads these, signed in or not.
 */
export async function recordEvent(
  db: JobsmithDb,
  type: EventType,
  details: { jobId?: string | null; applicationId?: string | null; props?: JobsmithEvent['props'] },
  now: number,
): Promise<StoredEvent> {
  const event: StoredEvent = {
    id: newId(now),
    type,
    at: now,
    jobId: details.jobId ?? null,
    applicationId: details.applicationId ?? null,
    props: details.props ?? {},
    v: EVENT_VERSION,
    sentAt: null,
  };
  await db.events.add(event);
  return event;
}

export function listEvents(db: JobsmithDb): Promise<StoredEvent[]> {
  return db.events.orderBy('at').toArray();
}

/** Events not yet stored by the worker, oldest first. */
export async function unsentEvents(db: JobsmithDb, limit: number): Promise<StoredEvent[]> {
  return (await db.events.orderBy('at').toArray()).filter((e) => e.sentAt === null).slice(0, limit);
}

export async function markSent(db: JobsmithDb, ids: string[], now: number): Promise<void> {
  await db.events.where('id').anyOf(ids).modify({ sentAt: now });
}
