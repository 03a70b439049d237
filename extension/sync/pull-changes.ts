import { planFolds } from '../../shared/sync/fold-duplicates.ts';
import { canonical, mergeRecords, type Syncable } from '../../shared/sync/merge.ts';
import type { PulledChange } from '../../shared/sync/protocol.ts';
import type { JobsmithDb } from '../db/database.ts';
import { recordChange, tableOf } from '../db/record-change.ts';
import type { ApiClient } from './api-client.ts';
import { deviceClock } from './clock.ts';

/**
 * Merges pulled records into the device's database with the same merge the server runs, so
 * local edits not yet pushed survive (they win or lose field by field, and a loser is kept in
 * the record's history). Pulled writes are not queued again.
 */
export async function applyPulled(db: JobsmithDb, changes: PulledChange[]): Promise<void> {
  await db.transaction('rw', [db.profile, db.jobs, db.applications, db.documents, db.answers, db.follows], async () => {
    for (const change of changes) {
      const table = tableOf(db, change.entity);
      const local = (await table.get(change.record.id)) as Syncable | undefined;
      const merged = mergeRecords(local, change.record as Syncable);
      await table.put(merged as never);
      for (const clock of Object.values(change.record.clocks)) deviceClock().observe(clock);
    }
  });
}

/**
 * After a pull: the same posting saved on two devices before they synced is one job again (see
 * shared/sync/fold-duplicates.ts). The fold is an ordinary local write, so it syncs like any edit.
 */
export async function foldDuplicateJobs(db: JobsmithDb, now: number): Promise<number> {
  return db.transaction('rw', db.jobs, db.applications, db.outbox, async () => {
    const folds = planFolds(await db.jobs.toArray(), await db.applications.toArray());
    for (const { survivor, duplicate } of folds) {
      if (canonical(survivor.merged) !== canonical(survivor.application))
        await recordChange(db, 'application', survivor.application, { ...survivor.merged, updatedAt: now }, now);
      if (duplicate.application)
        await recordChange(db, 'application', duplicate.application, { ...duplicate.application, deletedAt: now, updatedAt: now }, now);
      await recordChange(db, 'job', duplicate.job, { ...duplicate.job, deletedAt: now, updatedAt: now }, now);
    }
    return folds.length;
  });
}

/** Pulls everything after the cursor, page by page; returns the new cursor. */
export async function pullAll(
  db: JobsmithDb,
  api: Pick<ApiClient, 'pull'>,
  after: number,
  saveCursor: (cursor: number) => Promise<void>,
): Promise<number> {
  let cursor = after;
  for (;;) {
    const page = await api.pull(cursor);
    await applyPulled(db, page.changes);
    cursor = page.cursor;
    await saveCursor(cursor);
    if (!page.more) {
      await foldDuplicateJobs(db, Date.now());
      return cursor;
    }
  }
}
