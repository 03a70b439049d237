import { and, eq, isNull, lt } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { ACCESS_TOKEN_TTL_MS, REFRESH_TOKEN_TTL_MS, type SessionResponse } from '../../../shared/api/auth.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db, Tx } from '../db/client.ts';
import { accessTokens, refreshTokens, sessions, users } from '../db/schema/index.ts';
import { newToken, sha256 } from './crypto.ts';
import { ApiError } from './errors.ts';

/**
 * Devices and their tokens. A device (a `sessions` row) is one sign-in; every access and refresh
 * token it is issued belongs to it, and deleting the row revokes them all (ON DELETE CASCADE).
 * Both kinds of token are 32 random bytes, stored only as SHA-256.
 */

interface Device {
  id: string;
  name: string;
}

const FOREIGN_KEY_VIOLATION = '23503';

/** postgres.js puts the SQLSTATE on the error; drizzle wraps it as the cause. */
function pgErrorCode(error: unknown): string | undefined {
  for (let e = error; e instanceof Error; e = e.cause) {
    if ('code' in e && typeof e.code === 'string') return e.code;
  }
  return undefined;
}

/**
 * A stored token (access or refresh, by the SHA-256 of it) with the account it belongs to:
 * `fields` of the token and its device, and the user's id and email.
 */
export async function findToken<Fields extends SelectedFields>(
  db: Db,
  table: typeof accessTokens | typeof refreshTokens,
  tokenHash: string,
  fields: Fields,
) {
  const [row] = await db
    .select({ ...fields, userId: users.id, email: users.email })
    .from(table)
    .innerJoin(sessions, eq(sessions.id, table.sessionId))
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(table.tokenHash, tokenHash))
    .limit(1);
  return row;
}

function signedOut() {
  return new ApiError(401, 'refresh_invalid', 'this device was signed out; sign in again');
}

/** A fresh access token and the refresh token that replaces the device's previous one. */
async function issueTokens(db: Db | Tx, userId: string, sessionId: string, now: number) {
  const accessToken = newToken();
  const refreshToken = newToken();
  const accessExpiresAt = now + ACCESS_TOKEN_TTL_MS;
  await db.insert(accessTokens).values({
    tokenHash: await sha256(accessToken),
    sessionId,
    userId,
    expiresAt: new Date(accessExpiresAt),
  });
  await db.insert(refreshTokens).values({
    tokenHash: await sha256(refreshToken),
    sessionId,
    userId,
    createdAt: new Date(now),
    expiresAt: new Date(now + REFRESH_TOKEN_TTL_MS),
  });
  return { accessToken, accessExpiresAt, refreshToken };
}

/** Control characters have no place in a label, and Postgres text refuses NUL outright. */
function printable(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * The oldest last-seen a usable device can have: every refresh moves last-seen, so a device
 * unseen for longer holds only expired refresh tokens and can never come back.
 */
export function staleBefore(now: number): Date {
  return new Date(now - REFRESH_TOKEN_TTL_MS);
}

/** Signs a new device in, and forgets the user's devices that can no longer refresh. */
export async function openSession(db: Db, user: { id: string; email: string }, deviceName: string, now: number): Promise<SessionResponse> {
  const device: Device = { id: newId(), name: printable(deviceName) || 'Browser' };
  const at = new Date(now);
  await db.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.lastSeenAt, staleBefore(now))));
  await db.insert(sessions).values({ id: device.id, userId: user.id, name: device.name, createdAt: at, lastSeenAt: at });
  const tokens = await issueTokens(db, user.id, device.id, now);
  return { user: { id: user.id, email: user.email }, ...tokens, device };
}

/**
 * Trades a refresh token for a new pair. Each refresh token works once: the first use marks it
 * used (a conditional update, so two racing uses cannot both win), and any later use means a
 * copy exists, so the device is signed out entirely — the thief's tokens and the owner's alike.
 */
export async function rotateSession(db: Db, refreshToken: string, now: number): Promise<SessionResponse> {
  const tokenHash = await sha256(refreshToken);
  const found = await findToken(db, refreshTokens, tokenHash, {
    sessionId: refreshTokens.sessionId,
    expiresAt: refreshTokens.expiresAt,
    usedAt: refreshTokens.usedAt,
    name: sessions.name,
  });
  if (!found) throw signedOut();
  if (found.expiresAt.getTime() <= now) throw new ApiError(401, 'refresh_expired', 'the session expired; sign in again');
  const at = new Date(now);
  const tokens = found.usedAt
    ? null
    : await db
        .transaction(async (tx) => {
          const claimed = await tx
            .update(refreshTokens)
            .set({ usedAt: at })
            .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt)))
            .returning({ sessionId: refreshTokens.sessionId });
          if (claimed.length === 0) return null;
          // Expired tokens of this device are useless; drop them here rather than in a background job.
          await tx.delete(accessTokens).where(and(eq(accessTokens.sessionId, found.sessionId), lt(accessTokens.expiresAt, at)));
          await tx.delete(refreshTokens).where(and(eq(refreshTokens.sessionId, found.sessionId), lt(refreshTokens.expiresAt, at)));
          await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, found.sessionId));
          return issueTokens(tx, found.userId, found.sessionId, now);
        })
        .catch((error: unknown) => {
          // The device was deleted between the lookup and the insert (signed out elsewhere).
          if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) throw signedOut();
          throw error;
        });
  if (!tokens) {
    await db.delete(sessions).where(eq(sessions.id, found.sessionId));
    throw new ApiError(401, 'refresh_reused', 'this refresh token was already used, so the device was signed out; sign in again');
  }
  return { user: { id: found.userId, email: found.email }, ...tokens, device: { id: found.sessionId, name: found.name } };
}
