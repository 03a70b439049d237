import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { Application } from '../schemas/application.ts';
import { Job } from '../schemas/job.ts';

/**
 * The wire format of sync (DESIGN §6). Each change carries an op id chosen by the client,
 * so a push that is retried after a dropped response is a no-op on the server.
 */
export const SyncChange = z.discriminatedUnion('entity', [
  z.object({ opId: Ulid, entity: z.literal('job'), record: Job }),
  z.object({ opId: Ulid, entity: z.literal('application'), record: Application }),
]);
export type SyncChange = z.infer<typeof SyncChange>;
export type SyncEntity = SyncChange['entity'];

export const MAX_PUSH_CHANGES = 200;

export const PushRequest = z.object({
  changes: z.array(SyncChange).min(1).max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const PushResponse = z.object({
  /** Op ids this push applied. */
  applied: z.array(Ulid),
  /** Op ids the server had already applied (a retried push). */
  duplicates: z.array(Ulid),
});
export type PushResponse = z.infer<typeof PushResponse>;
