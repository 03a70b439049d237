import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../scripts/lib/database.ts';
import { newSavedJob } from '../../shared/applications.ts';
import { Application } from '../../shared/schemas/application.ts';
import { Job } from '../../shared/schemas/job.ts';
import { createHlc } from '../../shared/sync/hlc.ts';
import { mergeRecords, stamp } from '../../shared/sync/merge.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';

const TAG = '0003_sync_records';
const scratch = mkdtempSync(join(tmpdir(), 'jobsmith-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The migrations folder as it was before `TAG`: the schema a deployed database had. */
function migrationsBefore(tag: string): string {
  cpSync(MIGRATIONS_DIR, scratch, { recursive: true });
  const journalPath = join(scratch, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return scratch;
}

describe(`migration ${TAG}`, () => {
  it('moves every job and application into records with its seq, per user, and drops the old tables', async () => {
    const pg = await PGlite.create();
    const db = drizzle(pg);
    await migrate(db, { migrationsFolder: migrationsBefore(TAG) });
    const saved = [1, 2].map((n) => ({ user: `user-${n}`, ...newSavedJob(sampleCapture({ title: `Role ${n}` }), 1_000 * n) }));
    for (const { user, job, application } of saved) {
      await pg.query(`insert into users (id, email, password_hash, password_salt, password_iterations) values ($1, $2, 'h', 's', 1)`, [
        user,
        `${user}@example.com`,
      ]);
      await pg.query(`insert into jobs (user_id, id, data, updated_at, title, company, dedupe_key) values ($1, $2, $3, 1, $4, $5, $6)`, [
        user,
        job.id,
        JSON.stringify(job),
        job.title,
        job.company,
        job.dedupeKey,
      ]);
      await pg.query(`insert into applications (user_id, id, data, updated_at, job_id, status) values ($1, $2, $3, 1, $4, 'saved')`, [
        user,
        application.id,
        JSON.stringify(application),
        job.id,
      ]);
    }
    const before = await pg.query<{ user_id: string; id: string; seq: string }>(
      `select user_id, id, seq::text from jobs union all select user_id, id, seq::text from applications order by seq`,
    );

    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const after = await pg.query<{ user_id: string; entity: string; id: string; data: unknown; seq: string }>(
      `select user_id, entity, id, data, seq::text from records order by seq`,
    );
    expect(after.rows.map((r) => ({ user_id: r.user_id, id: r.id, seq: r.seq }))).toEqual(before.rows);
    for (const { user, job, application } of saved) {
      const rows = after.rows.filter((r) => r.user_id === user);
      expect(rows.map((r) => [r.entity, r.data])).toEqual([
        ['job', job],
        ['application', application],
      ]);
      // Copied records are valid for today's schemas, and a device's stamped edit merges over them.
      Job.parse(rows[0]?.data);
      const copied = Application.parse(rows[1]?.data);
      const edit = stamp(copied, { ...copied, notes: 'after the migration' }, createHlc('dev', () => 5_000).tick);
      expect(mergeRecords(copied, edit)).toMatchObject({ notes: 'after the migration', status: 'saved' });
    }
    const old = await pg.query<{ jobs: string | null; applications: string | null }>(
      `select to_regclass('jobs')::text as jobs, to_regclass('applications')::text as applications`,
    );
    expect(old.rows[0]).toEqual({ jobs: null, applications: null });
    await pg.close();
  }, 60_000);
});
