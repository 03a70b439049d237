import { newId } from '../../shared/ids.ts';
import type { SyncChange } from '../../shared/sync/protocol.ts';
import type { JobsmithDb, OutboxEntry } from './database.ts';

export type Unstamped = SyncChange extends infer C ? (C extends SyncChange ? Omit<C, 'opId'> : never) : never;

/** Outbox rows for changes, each with its own op id (the server's idempotency key). */
export function outboxEntries(changes: Unstamped[], now: number): OutboxEntry[] {
  return changes.map((change) => {
    const opId = newId(now);
    return { opId, change: { ...change, opId } as SyncChange, createdAt: now };
  });
}

export function pendingCount(db: JobsmithDb): Promise<number> {
  return db.outbox.count();
}

/** The oldest pending entries, in the order they were made. */
export function nextBatch(db: JobsmithDb, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').limit(limit).toArray();
}

/** Drops entries the server acknowledged (applied now or before). */
export async function acknowledge(db: JobsmithDb, opIds: string[]): Promise<void> {
  await db.outbox.where('opId').anyOf(opIds).delete();
}
