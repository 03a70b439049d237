import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { userIdColumn } from './users.ts';

/**
 * Generated documents per user, keyed by a SHA-256 of task, provider, model and the normalized
 * inputs (llm/cache-key.ts). A hit is served without calling the provider. Nothing about the
 * key that produced it (the worker's or the user's) is kept.
 */
export const llmCache = pgTable(
  'llm_cache',
  {
    userId: userIdColumn(),
    key: text('key').notNull(),
    task: text('task').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    /** The verified result: document (or answer) and its unsupported claims. */
    result: jsonb('result').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** Every generation request, provider call and cache hit, for cost accounting, the daily budget and the rate limit. */
export const llmCalls = pgTable(
  'llm_calls',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn(),
    /** The X-Request-Id of the HTTP request, to find its log lines. */
    requestId: text('request_id').notNull(),
    /** Made by the server per generation request (a client chooses its X-Request-Id): what the rate limit counts. */
    generationId: text('generation_id').notNull(),
    task: text('task').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    /** requested (the request, admitted by the limits) | ok | rejected (unsupported claims) | invalid (malformed output) | error (HTTP, timeout) */
    outcome: text('outcome').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    costUsd: doublePrecision('cost_usd').notNull(),
    cached: boolean('cached').notNull(),
    /** Paid with a key the user sent for this request: not counted against the worker's budget. */
    userKey: boolean('user_key').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('llm_calls_user_created_idx').on(t.userId, t.createdAt),
    // Today's spend across all users (lib/operator-keys.ts): the global daily cap.
    index('llm_calls_created_idx').on(t.createdAt),
  ],
);
