import { bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  /** PBKDF2-SHA256 of the password, base64, prefixed by its format (lib/passwords.ts); salt is per user. */
  passwordHash: text('password_hash').notNull(),
  passwordSalt: text('password_salt').notNull(),
  passwordIterations: integer('password_iterations').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** When the owner of the address opened a confirmation link; null: never. Spending the worker's provider keys needs it. */
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  /** Signed up where sign-up confirms by email, and not confirmed yet: cannot sign in. */
  awaitingConfirmation: boolean('awaiting_confirmation').notNull().default(false),
  /** Storage in use (lib/quota.ts): synced records not deleted, their JSON bytes as Postgres measures them, analytics events. */
  recordCount: integer('record_count').notNull().default(0),
  recordBytes: bigint('record_bytes', { mode: 'number' }).notNull().default(0),
  eventCount: integer('event_count').notNull().default(0),
});

/**
 * The user_id of a row that belongs to a user: deleting the account deletes the row with it
 * (account deletion relies on this; account.test.ts checks every table).
 */
export const userIdColumn = () =>
  text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** Links sent to confirm an address; only a SHA-256 of each token is kept, as with session tokens. */
export const emailConfirmations = pgTable(
  'email_confirmations',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: userIdColumn(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /**
     * The password of the sign-up that sent this link (null for a link that only confirms an open
     * account's address): opening the link asks for it, and confirming sets it, so a link someone
     * else's sign-up sent to the address's owner confirms nothing for that someone.
     */
    passwordHash: text('password_hash'),
    passwordSalt: text('password_salt'),
    passwordIterations: integer('password_iterations'),
  },
  (t) => [index('email_confirmations_user_idx').on(t.userId)],
);
