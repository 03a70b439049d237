import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { userIdColumn } from './users.ts';

/**
 * Analytics events sent by the extension (shared/schemas/event.ts), append-only. The client
 * picks the id, so a batch sent again after a lost response stores nothing twice. `v` is the
 * event format's version (1 for old clients that sent none), so props are read as that
 * version wrote them.
 */
export const events = pgTable(
  'events',
  {
    userId: userIdColumn(),
    id: text('id').notNull(),
    type: text('type').notNull(),
    /** When it happened on the device. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    applicationId: text('application_id'),
    jobId: text('job_id'),
    props: jsonb('props').notNull().default({}),
    v: integer('v').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('events_user_at_idx').on(t.userId, t.at),
    index('events_user_type_idx').on(t.userId, t.type),
  ],
);
