import { z } from 'zod';
import { Ulid } from '../ids.ts';

/** Epoch milliseconds. Numbers, not Date objects, so records survive JSON and IndexedDB unchanged. */
export const Timestamp = z.number().int().nonnegative();

/**
 * Fields every synced record carries (DESIGN §3, §6). `clocks` holds the hybrid logical
 * clock of each field's last write; `deletedAt` makes a delete a tombstone that syncs.
 */
export const SyncMeta = z.object({
  id: Ulid,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable().default(null),
  clocks: z.record(z.string(), z.string()).default({}),
  /** Values later writes replaced, oldest first (see shared/sync/merge.ts): nothing typed is lost silently. */
  history: z
    .array(z.object({ field: z.string().max(100), value: z.unknown(), clock: z.string().max(80) }))
    .max(30)
    .optional(),
});
export type SyncMeta = z.infer<typeof SyncMeta>;

/** The sync fields of a record created at `now`: never edited since, not deleted, no field clocks yet. */
export function newSyncMeta(id: string, now: number): SyncMeta {
  return { id, createdAt: now, updatedAt: now, deletedAt: null, clocks: {} };
}

export const HttpUrl = z.string().max(4096).refine(isHttpUrl, 'must be an http(s) URL');

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
