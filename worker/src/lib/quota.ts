import { and, countDistinct, eq, gte, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Tx } from '../db/client.ts';
import { llmCalls, users } from '../db/schema/index.ts';
import type { AppEnv } from '../types.ts';
import { ApiError } from './errors.ts';

/** What one account may keep on the server (env QUOTA_*). */
export interface Quota {
  records: number;
  recordBytes: number;
  events: number;
}

export function quotaOf(env: { QUOTA_RECORDS: number; QUOTA_RECORD_BYTES: number; QUOTA_EVENTS: number }): Quota {
  return { records: env.QUOTA_RECORDS, recordBytes: env.QUOTA_RECORD_BYTES, events: env.QUOTA_EVENTS };
}

const KEPT = 'nothing on this device is lost, and it syncs again once there is room';

function full(what: string, limit: string, advice: string): ApiError {
  return new ApiError(413, 'quota_exceeded', `this account's ${what} would pass its limit of ${limit} on this server; ${advice} (${KEPT})`);
}

/**
 * Adds a push's change in live records and their bytes to the account's usage, inside the push's
 * transaction, and refuses it (413 quota_exceeded, rolling the push back) when a growth passes
 * the quota. A push that shrinks usage always goes through, so deleting is the way back under.
 */
export async function addRecordUsage(tx: Tx, userId: string, delta: { records: number; bytes: number }, quota: Quota): Promise<void> {
  if (delta.records === 0 && delta.bytes === 0) return;
  const [usage] = await tx
    .update(users)
    .set({ recordCount: sql`${users.recordCount} + ${delta.records}`, recordBytes: sql`${users.recordBytes} + ${delta.bytes}` })
    .where(eq(users.id, userId))
    .returning({ records: users.recordCount, bytes: users.recordBytes });
  if (!usage) return;
  if (delta.records > 0 && usage.records > quota.records)
    throw full('records', quota.records.toLocaleString('en-US'), 'delete saved jobs or applications you no longer need');
  if (delta.bytes > 0 && usage.bytes > quota.recordBytes)
    throw full('data', `${Math.round(quota.recordBytes / 1024 / 1024)} MB`, 'delete documents or jobs you no longer need');
}

/** Adds stored events to the account's count, refusing (413, rolled back) past the quota. */
export async function addEventUsage(tx: Tx, userId: string, stored: number, quota: Quota): Promise<void> {
  if (stored === 0) return;
  const [usage] = await tx
    .update(users)
    .set({ eventCount: sql`${users.eventCount} + ${stored}` })
    .where(eq(users.id, userId))
    .returning({ events: users.eventCount });
  if (usage && usage.events > quota.events)
    throw full('analytics events', quota.events.toLocaleString('en-US'), 'analytics will count what it has');
}

const DAY_MS = 86_400_000;

/**
 * Generation requests per account per UTC day (QUOTA_GENERATIONS_PER_DAY), whoever's key pays:
 * each one is rows in the call log and often a cached document, so this bounds what an account
 * stores there, as the per-minute limit bounds bursts.
 */
export const limitDailyGenerations = createMiddleware<AppEnv>(async (c, next) => {
  const now = c.var.now();
  const dayStart = Math.floor(now / DAY_MS) * DAY_MS;
  const [today] = await c.var
    .db()
    .select({ requests: countDistinct(llmCalls.generationId) })
    .from(llmCalls)
    .where(and(eq(llmCalls.userId, c.var.user.id), gte(llmCalls.createdAt, new Date(dayStart))));
  const limit = c.env.QUOTA_GENERATIONS_PER_DAY;
  if ((today?.requests ?? 0) >= limit) {
    const retryAfter = Math.max(1, Math.ceil((dayStart + DAY_MS - now) / 1000));
    throw new ApiError(429, 'quota_exceeded', `at most ${limit} generations a day per account; more after 00:00 UTC`, {
      'Retry-After': String(retryAfter),
    });
  }
  await next();
});
