import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgSequence, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { userIdColumn } from './users.ts';

/** One sequence for every synced change: a client's pull cursor is a position in it. */
export const syncSeq = pgSequence('sync_seq');

/**
 * Every synced record of every entity (shared/sync/protocol.ts), one row each. `data` is the
 * record as the server's merge left it (shared/sync/merge.ts), valid for its entity's zod
 * schema; `seq` moves to a new value of sync_seq on every change, so a pull after a cursor
 * finds exactly what changed since. A record id is only unique within its user and entity:
 * the same id pushed by two users is two rows.
 */
export const records = pgTable(
  'records',
  {
    userId: userIdColumn(),
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    data: jsonb('data').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull().default(sql`nextval('sync_seq')`),
    /** When the server last wrote the row (the record's own updatedAt is the client's). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.entity, t.id] }),
    index('records_user_seq_idx').on(t.userId, t.seq),
    check('records_entity_check', sql`${t.entity} in ('profile', 'job', 'application', 'document', 'answer', 'follow')`),
    // The boards someone follows (worker/src/boards/schedule.ts): live follow records by board key.
    index('records_follow_board_idx')
      .on(sql`(${t.data} ->> 'boardKey')`)
      .where(sql`${t.entity} = 'follow' and (${t.data} ->> 'deletedAt') is null`),
  ],
);

/** Op ids already applied, per user: a retried push finds its ops here and changes nothing. */
export const syncOps = pgTable(
  'sync_ops',
  {
    userId: userIdColumn(),
    opId: text('op_id').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.opId] })],
);
