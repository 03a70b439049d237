import { z } from 'zod';
import { Ulid } from '../ids.ts';
import { Answer } from '../schemas/answer.ts';
import { Application } from '../schemas/application.ts';
import { JobsmithDocument } from '../schemas/document.ts';
import { Follow } from '../schemas/follow.ts';
import { Job } from '../schemas/job.ts';
import { Profile } from '../schemas/profile.ts';

/**
 * The wire format of sync (DESIGN §6). Each change carries an op id chosen by the client,
 * so a push that is retried after a dropped response is a no-op on the server. Records carry
 * per-field clocks; the server merges with shared/sync/merge.ts, as devices do on pull.
 */

/**
 * Bumped when a record's shape changes incompatibly, or an entity is added (a client that does
 * not know it could not read a pull that holds one); older clients are told to update (426).
 * 3: follows (issue 17).
 */
export const SYNC_SCHEMA_VERSION = 3;
/** Header both sync routes read the client's schema version from. */
export const SYNC_SCHEMA_HEADER = 'x-sync-schema';

export const SYNC_ENTITIES = ['profile', 'job', 'application', 'document', 'answer', 'follow'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export const SyncChange = z.discriminatedUnion('entity', [
  z.object({ opId: Ulid, entity: z.literal('profile'), record: Profile }),
  z.object({ opId: Ulid, entity: z.literal('job'), record: Job }),
  z.object({ opId: Ulid, entity: z.literal('application'), record: Application }),
  z.object({ opId: Ulid, entity: z.literal('document'), record: JobsmithDocument }),
  z.object({ opId: Ulid, entity: z.literal('answer'), record: Answer }),
  z.object({ opId: Ulid, entity: z.literal('follow'), record: Follow }),
]);
export type SyncChange = z.infer<typeof SyncChange>;

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

/** A record as the server holds it after merging: what a pull returns. */
export const PulledChange = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('profile'), record: Profile }),
  z.object({ entity: z.literal('job'), record: Job }),
  z.object({ entity: z.literal('application'), record: Application }),
  z.object({ entity: z.literal('document'), record: JobsmithDocument }),
  z.object({ entity: z.literal('answer'), record: Answer }),
  z.object({ entity: z.literal('follow'), record: Follow }),
]);
export type PulledChange = z.infer<typeof PulledChange>;

export const PullResponse = z.object({
  changes: z.array(PulledChange),
  /** Pass as `after` next time. */
  cursor: z.number().int().nonnegative(),
  /** More changes wait after `cursor`: pull again. */
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;

/** How far ahead of the server's clock a write's clock may be before the push is refused. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;
