import { and, isNull, lt, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema/index.ts';
import type { AppEnv } from '../types.ts';
import { ApiError } from './errors.ts';

const WINDOW_MS = 60_000;
/** IP counters of windows older than this are deleted; a user's counter is one row, removed with the account. */
const STALE_MS = 60 * 60_000;

/**
 * Counts one request against `key` in the current one-minute window and throws 429 with
 * Retry-After once more than `limit` fall in it. One upserted row per key: a new window resets it.
 */
export async function countRequest(db: Db, key: string, userId: string | null, limit: number, now: number): Promise<void> {
  const windowStart = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, userId, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  if (count === 1 && userId === null) {
    // Workers have no cron here; a new IP window is the moment to sweep IP windows nobody reuses.
    await db.delete(rateLimits).where(and(isNull(rateLimits.userId), lt(rateLimits.windowStart, new Date(now - STALE_MS))));
  }
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
    throw new ApiError(429, 'rate_limited', `too many requests; try again in ${retryAfter} s`, { 'Retry-After': String(retryAfter) });
  }
}

/** Cloudflare sets CF-Connecting-IP on every request it forwards; in-process tests have none and share one bucket. */
export function clientIp(header: string | undefined): string {
  return header?.trim() || 'local';
}

/** Limits password-taking routes per client IP (AUTH_RATE_LIMIT_PER_MINUTE), so passwords cannot be guessed at speed. */
export const limitPasswordAttempts = createMiddleware<AppEnv>(async (c, next) => {
  const ip = clientIp(c.req.header('cf-connecting-ip'));
  await countRequest(c.var.db(), `auth:${ip}`, null, c.env.AUTH_RATE_LIMIT_PER_MINUTE, c.var.now());
  await next();
});

/** Refreshes count per IP apart from sign-ins, so a mistyped password does not also block every device's refresh. */
export const limitRefreshes = createMiddleware<AppEnv>(async (c, next) => {
  const ip = clientIp(c.req.header('cf-connecting-ip'));
  await countRequest(c.var.db(), `refresh:${ip}`, null, c.env.AUTH_RATE_LIMIT_PER_MINUTE, c.var.now());
  await next();
});
