import type { Table } from 'dexie';
import { stamp } from '../../shared/sync/merge.ts';
import type { SyncChange, SyncEntity } from '../../shared/sync/protocol.ts';
import { notifyChanged } from '../sync/changes.ts';
import { deviceClock } from '../sync/clock.ts';
import type { JobsmithDb } from './database.ts';
import { outboxEntries, type Unstamped } from './outbox.ts';

export type RecordOf<E extends SyncEntity> = Extract<SyncChange, { entity: E }>['record'];

/** The Dexie table of each synced entity. */
export function tableOf<E extends SyncEntity>(db: JobsmithDb, entity: E) {
  const tables = {
    profile: db.profile,
    job: db.jobs,
    application: db.applications,
    document: db.documents,
    answer: db.answers,
    follow: db.follows,
  };
  return tables[entity] as unknown as Table<RecordOf<E>, string>;
}

/**
 * Every local write of a synced record goes through here: the changed fields get this
 * device's clock (so the merge can tell which write is later), the record is stored, and a
 * snapshot is queued in the outbox. Call it inside a transaction over the record's table and
 * the outbox, so the write and its queue entry commit together.
 */
export async function recordChange<E extends SyncEntity>(
  db: JobsmithDb,
  entity: E,
  before: RecordOf<E> | undefined,
  after: RecordOf<E>,
  now: number,
): Promise<RecordOf<E>> {
  const stamped = stamp(before, after, deviceClock().tick) as RecordOf<E>;
  await tableOf(db, entity).put(stamped);
  await db.outbox.bulkAdd(outboxEntries([{ entity, record: stamped } as Unstamped], now));
  notifyChanged();
  return stamped;
}
