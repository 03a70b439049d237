import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema/index.ts';
import type { AppEnv } from '../types.ts';
import { clientKey } from './client-ip.ts';
import { sha256 } from './crypto.ts';
import { ApiError } from './errors.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Failed sign-ins of one account are counted over this window, from every address together. */
export const SIGNIN_FAILURE_WINDOW_MS = 15 * MINUTE_MS;
/** Counters not tied to a user, in windows older than this, are deleted; a user's counter is one row, removed with the account. */
const STALE_MS = HOUR_MS;

function windowOf(now: number, windowMs: number): Date {
  return new Date(Math.floor(now / windowMs) * windowMs);
}

function tooMany(windowStart: Date, windowMs: number, now: number, message: string): ApiError {
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return new ApiError(429, 'rate_limited', `${message}; try again in ${retryAfter} s`, { 'Retry-After': String(retryAfter) });
}

/**
 * Counts one request against `key` in the current fixed window (a minute unless `windowMs` says
 * otherwise, at most an hour) and throws 429 with Retry-After once more than `limit` fall in it.
 * One upserted row per key: a new window resets it.
 */
export async function countRequest(
  db: Db,
  key: string,
  userId: string | null,
  limit: number,
  now: number,
  windowMs = MINUTE_MS,
  message = 'too many requests',
): Promise<void> {
  const windowStart = windowOf(now, windowMs);
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
  if (count > limit) throw tooMany(windowStart, windowMs, now, message);
}

/** Limits password-taking routes per client (AUTH_RATE_LIMIT_PER_MINUTE), so passwords cannot be guessed at speed. */
export const limitPasswordAttempts = createMiddleware<AppEnv>(async (c, next) => {
  const client = clientKey(c.req.header('cf-connecting-ip'));
  await countRequest(c.var.db(), `auth:${client}`, null, c.env.AUTH_RATE_LIMIT_PER_MINUTE, c.var.now());
  await next();
});

/** Refreshes count per client apart from sign-ins, so a mistyped password does not also block every device's refresh. */
export const limitRefreshes = createMiddleware<AppEnv>(async (c, next) => {
  const client = clientKey(c.req.header('cf-connecting-ip'));
  await countRequest(c.var.db(), `refresh:${client}`, null, c.env.AUTH_RATE_LIMIT_PER_MINUTE, c.var.now());
  await next();
});

/**
 * Sign-ups per client and, across every client together, per hour: a botnet has many
 * addresses, and each new account is storage and (once confirmed) a generation budget.
 */
export const limitSignUps = createMiddleware<AppEnv>(async (c, next) => {
  const db = c.var.db();
  const now = c.var.now();
  const client = clientKey(c.req.header('cf-connecting-ip'));
  await countRequest(db, `signup:${client}`, null, c.env.SIGNUP_RATE_LIMIT_PER_HOUR, now, HOUR_MS, 'too many sign-ups from this network');
  await countRequest(db, 'signup:*', null, c.env.SIGNUP_GLOBAL_LIMIT_PER_HOUR, now, HOUR_MS, 'too many sign-ups on this server right now');
  await next();
});

/** The counter of an account's failed sign-ins; keyed by a hash of the email, so it is the same whether the account exists or not. */
async function failureKey(email: string): Promise<string> {
  return `signin-failed:${await sha256(email)}`;
}

/**
 * Throws 429 when `email` had SIGNIN_FAILURES_PER_ACCOUNT failed sign-ins in the current window,
 * from any address: a password guesser with many addresses still gets that many tries per
 * window. Refreshing devices already signed in is not affected.
 */
export async function checkSignInFailures(db: Db, email: string, limit: number, now: number): Promise<void> {
  const windowStart = windowOf(now, SIGNIN_FAILURE_WINDOW_MS);
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, await failureKey(email)), eq(rateLimits.windowStart, windowStart)));
  if ((row?.count ?? 0) >= limit) throw tooMany(windowStart, SIGNIN_FAILURE_WINDOW_MS, now, 'too many failed sign-ins for this account');
}

/** Counts a failed sign-in of `email` (see checkSignInFailures). */
export async function countSignInFailure(db: Db, email: string, now: number): Promise<void> {
  await countRequest(db, await failureKey(email), null, Number.POSITIVE_INFINITY, now, SIGNIN_FAILURE_WINDOW_MS);
}

/** A right password clears the account's failures, so its owner's earlier typos do not count against them. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, await failureKey(email)));
}
