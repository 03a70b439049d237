import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { userIdColumn } from './users.ts';

/**
 * A signed-in device: one sign-in, and the family of every token issued since. Deleting the row
 * (sign-out, a reused refresh token, account deletion) revokes all of its tokens through the cascade.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn(),
    /** What the user called the device at sign-in ("Chrome on Linux"). */
    name: text('name').notNull().default('Browser'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Moved forward at most once a minute (lib/auth.ts), so a request is not also a write. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the device last pulled (moved at most once a minute). The extension pulls only after
     * its push was answered, so every op it pushed before then is acknowledged: once every
     * device has pulled since an op was applied, its op id is no longer needed (sync/store.ts).
     */
    lastPullAt: timestamp('last_pull_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** What both kinds of token have: the SHA-256 it is found by, and the device and user it belongs to. */
const tokenColumns = () => ({
  tokenHash: text('token_hash').primaryKey(),
  sessionId: text('session_id')
    .notNull()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  userId: userIdColumn(),
});

/**
 * Short-lived bearer tokens. Only a SHA-256 of each is stored, so a database leak yields no usable
 * token; each is looked up on every request, so revoking its session takes effect at once.
 */
export const accessTokens = pgTable(
  'access_tokens',
  {
    ...tokenColumns(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_tokens_session_idx').on(t.sessionId)],
);

/**
 * Rotating refresh tokens, hashed like access tokens. A used one is kept (with `usedAt`) until it
 * expires: presenting it again means it was copied, and the whole session is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    ...tokenColumns(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);
