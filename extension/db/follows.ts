import type { BoardRef } from '../../shared/boards/types.ts';
import { newId } from '../../shared/ids.ts';
import { type Follow, followFields } from '../../shared/schemas/follow.ts';
import type { JobsmithDb } from './database.ts';
import { recordChange } from './record-change.ts';

/**
 * The boards the user follows (issue 17): each a synced record, so the worker reads the board
 * for them while they are signed in, and every device shows its jobs.
 */

/** The live follow of the board with this key, if any. */
export async function findFollow(db: JobsmithDb, key: string): Promise<Follow | undefined> {
  return (await db.follows.where('boardKey').equals(key).toArray()).find((f) => f.deletedAt === null);
}

/**
 * Follows the board (a second follow of the same board is the first one, with the label given
 * now when there is one). `company` is the employer as the user knows it.
 */
export async function followBoard(db: JobsmithDb, ref: BoardRef, company: string, now: number): Promise<Follow> {
  const fields = followFields(ref, company);
  return db.transaction('rw', db.follows, db.outbox, async () => {
    const existing = await findFollow(db, fields.boardKey);
    if (existing) {
      if (!company.trim() || existing.company === fields.company) return existing;
      return recordChange(db, 'follow', existing, { ...existing, company: fields.company, updatedAt: now }, now);
    }
    const record: Follow = { id: newId(now), createdAt: now, updatedAt: now, deletedAt: null, clocks: {}, ...fields };
    return recordChange(db, 'follow', undefined, record, now);
  });
}

/** Stops following: a tombstone, so every device and the worker's schedule hear of it. */
export async function unfollow(db: JobsmithDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.follows, db.outbox, async () => {
    const follow = await db.follows.get(id);
    if (follow && follow.deletedAt === null) await recordChange(db, 'follow', follow, { ...follow, deletedAt: now, updatedAt: now }, now);
  });
}

/** The live follows, companies first, then by label. */
export async function listFollows(db: JobsmithDb): Promise<Follow[]> {
  return (await db.follows.toArray())
    .filter((f) => f.deletedAt === null)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.company.localeCompare(b.company));
}
