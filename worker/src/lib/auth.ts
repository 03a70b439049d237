import { and, eq, lt } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { accessTokens, sessions, users } from '../db/schema/index.ts';
import type { AppEnv, AuthedUser } from '../types.ts';
import { sha256 } from './crypto.ts';
import { ApiError } from './errors.ts';
import { countRequest } from './rate-limit.ts';
import { findToken } from './sessions.ts';

/** A device's last-seen time moves at most this often, so an ordinary request is a read, not a write. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Resolves the bearer token to a user and device; every data route runs behind this and scopes
 * its queries by c.var.user.id. The token is looked up on every request, so deleting its device
 * (sign-out, reuse of a refresh token, account deletion) shuts it out at once. Then the user's
 * request counts against API_RATE_LIMIT_PER_MINUTE.
 */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  // A route under a prefix that already required the user (generation: app.ts) does not count it twice.
  if (c.get('user') as AuthedUser | undefined) return next();
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'sign in first: missing or malformed bearer token');
  const db = c.var.db();
  const now = c.var.now();
  const row = await findToken(db, accessTokens, await sha256(match[1]), {
    sessionId: sessions.id,
    lastSeenAt: sessions.lastSeenAt,
    expiresAt: accessTokens.expiresAt,
    emailVerifiedAt: users.emailVerifiedAt,
  });
  if (!row) throw new ApiError(401, 'unauthorized', 'signed out or unknown token; sign in again');
  if (row.expiresAt.getTime() <= now) throw new ApiError(401, 'token_expired', 'access token expired; refresh it');
  if (now - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    const cutoff = new Date(now - LAST_SEEN_RESOLUTION_MS);
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(and(eq(sessions.id, row.sessionId), lt(sessions.lastSeenAt, cutoff)));
  }
  await countRequest(db, `api:${row.userId}`, row.userId, c.env.API_RATE_LIMIT_PER_MINUTE, now);
  c.set('user', { id: row.userId, email: row.email, sessionId: row.sessionId, emailVerified: row.emailVerifiedAt !== null });
  await next();
});
