import { and, eq, gt } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { sessions, users } from '../db/schema/index.ts';
import type { AppEnv } from '../types.ts';
import { sha256 } from './crypto.ts';
import { ApiError } from './errors.ts';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Resolves the bearer token to a user; every data route runs behind this and scopes its queries by c.var.user.id. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'sign in first: missing or malformed bearer token');
  const tokenHash = await sha256(match[1]);
  const [row] = await c.var
    .db()
    .select({ sessionId: sessions.id, userId: users.id, email: users.email })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row) throw new ApiError(401, 'unauthorized', 'session expired or signed out; sign in again');
  c.set('user', { id: row.userId, email: row.email, sessionId: row.sessionId });
  await next();
});
