import { and, asc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Follow } from '../../../shared/schemas/follow.ts';
import { canonical, mergeRecords, type Syncable } from '../../../shared/sync/merge.ts';
import type { PulledChange, PullResponse, PushResponse, SyncChange, SyncEntity } from '../../../shared/sync/protocol.ts';
import { registerBoards } from '../boards/register.ts';
import type { Db } from '../db/client.ts';
import { records, sessions, syncOps } from '../db/schema/index.ts';
import { ApiError } from '../lib/errors.ts';
import { addRecordUsage, type Quota } from '../lib/quota.ts';
import { ENTITY_SCHEMAS } from './entities.ts';

interface Incoming {
  entity: SyncEntity;
  id: string;
  versions: Syncable[];
}

const keyOf = (entity: string, id: string) => `${entity}/${id}`;

/**
 * Applies a push for `userId` in one transaction: op ids seen before are reported as
 * duplicates and skipped; every other change is merged (shared/sync/merge.ts) into the stored
 * record, which gets a new seq when the merge changed it. Any failure rolls back the whole push,
 * op ids included, so the client's retry applies it exactly once.
 */
export async function pushChanges(db: Db, userId: string, changes: SyncChange[], quota: Quota): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    // One push per user at a time: seq values are then handed out in commit order, so a pull that
    // has passed a cursor can never miss a change that commits later with a smaller seq.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sync:${userId}`}))`);
    const opIds = [...new Set(changes.map((c) => c.opId))];
    const inserted = await tx
      .insert(syncOps)
      .values(opIds.map((opId) => ({ userId, opId })))
      .onConflictDoNothing()
      .returning({ opId: syncOps.opId });
    const fresh = new Set(inserted.map((r) => r.opId));

    const applied: string[] = [];
    const duplicates: string[] = [];
    const incoming = new Map<string, Incoming>();
    for (const change of changes) {
      if (!fresh.delete(change.opId)) {
        duplicates.push(change.opId);
        continue;
      }
      applied.push(change.opId);
      const key = keyOf(change.entity, change.record.id);
      const entry = incoming.get(key) ?? { entity: change.entity, id: change.record.id, versions: [] };
      entry.versions.push(change.record);
      incoming.set(key, entry);
    }
    if (incoming.size === 0) return { applied, duplicates };

    const wanted = [...incoming.values()];
    const existing = await tx
      .select({ entity: records.entity, id: records.id, data: records.data, bytes: sql<number>`octet_length(${records.data}::text)` })
      .from(records)
      .where(
        and(
          eq(records.userId, userId),
          sql`(${records.entity}, ${records.id}) in (${sql.join(
            wanted.map((w) => sql`(${w.entity}, ${w.id})`),
            sql`, `,
          )})`,
        ),
      )
      .orderBy(asc(records.entity), asc(records.id))
      .for('update');
    const stored = new Map(existing.map((row) => [keyOf(row.entity, row.id), row.data as Syncable]));
    const storedBytes = new Map(existing.map((row) => [keyOf(row.entity, row.id), Number(row.bytes)]));
    // Usage counts live records: a deleted one (a tombstone) stops counting, so deleting frees room.
    const delta = { records: 0, bytes: 0 };
    const live = (record: Syncable | undefined) => record !== undefined && record.deletedAt === null;

    const writes: Array<typeof records.$inferInsert> = [];
    for (const { entity, id, versions } of wanted) {
      const before = stored.get(keyOf(entity, id));
      // A new record is merged with itself too, so every stored record has the shape a merge gives
      // (\`history\` present): devices that merge it into theirs then hold exactly the same JSON.
      const merged = versions.reduce<Syncable | undefined>((acc, version) => mergeRecords(acc ?? version, version), before);
      const valid = ENTITY_SCHEMAS[entity].safeParse(merged);
      if (!valid.success)
        throw new ApiError(400, 'bad_request', `${entity} ${id}: the merged record is invalid (${valid.error.issues[0]?.message})`);
      // A write the record already holds (or one it had superseded and recorded) changes nothing: no new seq.
      if (before && canonical(before) === canonical(valid.data)) continue;
      writes.push({ userId, entity, id, data: valid.data });
      if (live(before)) {
        delta.records -= 1;
        delta.bytes -= storedBytes.get(keyOf(entity, id)) ?? 0;
      }
    }
    if (writes.length > 0) {
      const written = await tx
        .insert(records)
        .values(writes)
        .onConflictDoUpdate({
          target: [records.userId, records.entity, records.id],
          set: { data: sql`excluded.data`, seq: sql`nextval('sync_seq')`, updatedAt: sql`now()` },
        })
        .returning({ data: records.data, bytes: sql<number>`octet_length(${records.data}::text)` });
      for (const row of written)
        if (live(row.data as Syncable)) {
          delta.records += 1;
          delta.bytes += Number(row.bytes);
        }
      await addRecordUsage(tx, userId, delta, quota);
      await registerBoards(
        tx,
        writes.filter((w) => w.entity === 'follow').map((w) => w.data as Follow),
      );
    }
    return { applied, duplicates };
  });
}

/**
 * A page's records stop at about this many bytes of JSON, whatever `limit` says: 500 records
 * near the 1 MB request limit each would not fit in a worker's memory, and a device that could
 * never pull its next page would never sync again.
 */
export const MAX_PULL_BYTES = 4 * 1024 * 1024;

/** A device's pull time moves at most this often, so most pulls stay reads. */
const PULL_RESOLUTION_MS = 60_000;
/** Op ids are kept at least this long whatever the devices did, so any retry within it is reported as a duplicate. */
export const OP_ID_GRACE_MS = 24 * 60 * 60_000;

/**
 * Records that `sessionId` pulled at `now`, and forgets the user's op ids that every device has
 * had since (and that are a day old): an op id only guards a device's retry of a push whose
 * answer it lost, and the extension pulls only after its pushes were answered. A device that
 * never pulled holds back everything applied since it signed in. Should a pruned op come back,
 * the merge finds the record already holds it and changes nothing.
 */
export async function notePull(db: Db, userId: string, sessionId: string, now: number): Promise<void> {
  const moved = await db
    .update(sessions)
    .set({ lastPullAt: new Date(now) })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastPullAt), lt(sessions.lastPullAt, new Date(now - PULL_RESOLUTION_MS)))))
    .returning({ id: sessions.id });
  if (moved.length === 0) return;
  await db
    .delete(syncOps)
    .where(
      and(
        eq(syncOps.userId, userId),
        lt(syncOps.appliedAt, new Date(now - OP_ID_GRACE_MS)),
        sql`${syncOps.appliedAt} < (select min(coalesce(${sessions.lastPullAt}, ${sessions.createdAt})) from ${sessions} where ${sessions.userId} = ${userId})`,
      ),
    );
}

/** The user's records changed after `after`, in seq order: at most `limit` of them, and at least one. */
export async function pullChanges(db: Db, userId: string, after: number, limit: number): Promise<PullResponse> {
  const rows = await db
    .select({ entity: records.entity, data: records.data, seq: records.seq, bytes: sql<number>`octet_length(${records.data}::text)` })
    .from(records)
    .where(and(eq(records.userId, userId), gt(records.seq, after)))
    .orderBy(asc(records.seq))
    .limit(limit + 1);
  let size = 0;
  let take = 0;
  while (take < Math.min(limit, rows.length)) {
    size += Number(rows[take]?.bytes);
    if (take > 0 && size > MAX_PULL_BYTES) break;
    take++;
  }
  const page = rows.slice(0, take);
  return {
    // Stored records were checked against their entity's schema when written.
    changes: page.map((row) => ({ entity: row.entity, record: row.data }) as PulledChange),
    cursor: page.at(-1)?.seq ?? after,
    more: rows.length > take,
  };
}
