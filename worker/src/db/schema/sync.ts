import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgSequence, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** One sequence for every synced table: a client's pull cursor is a position in it. */
export const syncSeq = pgSequence('sync_seq');

/**
 * Columns every synced table shares: the record as the client sent it (`data`, validated by
 * the shared zod schema), the clock fields the merge compares, and the change sequence.
 */
function syncColumns() {
  return {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    data: jsonb('data').notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
    deletedAt: bigint('deleted_at', { mode: 'number' }),
    seq: bigint('seq', { mode: 'number' }).notNull().default(sql`nextval('sync_seq')`),
  };
}

export const jobs = pgTable(
  'jobs',
  {
    ...syncColumns(),
    title: text('title').notNull(),
    company: text('company').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index('jobs_user_seq_idx').on(t.userId, t.seq)],
);

export const applications = pgTable(
  'applications',
  {
    ...syncColumns(),
    jobId: text('job_id').notNull(),
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index('applications_user_seq_idx').on(t.userId, t.seq)],
);

/** Op ids already applied, per user: a retried push finds its ops here and changes nothing. */
export const syncOps = pgTable(
  'sync_ops',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    opId: text('op_id').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.opId] })],
);
