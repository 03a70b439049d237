import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Fixed-window request counters (lib/rate-limit.ts), one row per key: Workers share no memory, so
 * the count lives here. A per-user key names its user, so deleting the account removes it too.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** `auth:<ip>` or `api:<user id>`. */
    key: text('key').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('rate_limits_window_idx').on(t.windowStart)],
);
