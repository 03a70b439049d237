import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { SessionResponse, SignInRequest, SignUpRequest } from '../../../shared/api/auth.ts';
import { newId } from '../../../shared/ids.ts';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { requireUser, SESSION_TTL_MS } from '../lib/auth.ts';
import { constantTimeEqual, fromBase64, hashPassword, newToken, PBKDF2_ITERATIONS, randomBytes, sha256, toBase64 } from '../lib/crypto.ts';
import { ApiError } from '../lib/errors.ts';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, newRouter } from '../lib/openapi.ts';

async function openSession(db: Db, user: { id: string; email: string }) {
  const token = newToken();
  await db.insert(sessions).values({
    id: newId(),
    userId: user.id,
    tokenHash: await sha256(token),
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
  });
  return { user: { id: user.id, email: user.email }, token };
}

// Compared against when the email is unknown, so a wrong email costs the same time as a wrong password.
const DUMMY_SALT = new Uint8Array(16);

export const auth = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/signup',
      tags: ['auth'],
      summary: 'Create an account and sign this device in',
      request: { body: jsonBody(SignUpRequest) },
      responses: { 201: jsonResponse(SessionResponse, 'Signed up'), ...errorResponses(400, 409) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const db = c.var.db();
      const salt = randomBytes(16);
      const passwordHash = await hashPassword(password, salt, PBKDF2_ITERATIONS);
      const id = newId();
      const inserted = await db
        .insert(users)
        .values({ id, email, passwordHash, passwordSalt: toBase64(salt), passwordIterations: PBKDF2_ITERATIONS })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (inserted.length === 0) throw new ApiError(409, 'email_taken', 'an account with this email exists; sign in instead');
      return c.json(await openSession(db, { id, email }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signin',
      tags: ['auth'],
      summary: 'Sign this device in',
      request: { body: jsonBody(SignInRequest) },
      responses: { 200: jsonResponse(SessionResponse, 'Signed in'), ...errorResponses(400, 401) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const db = c.var.db();
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      const hash = await hashPassword(
        password,
        user ? fromBase64(user.passwordSalt) : DUMMY_SALT,
        user?.passwordIterations ?? PBKDF2_ITERATIONS,
      );
      if (!user || !constantTimeEqual(hash, user.passwordHash)) {
        throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      }
      return c.json(await openSession(db, user), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signout',
      tags: ['auth'],
      summary: 'Sign this device out (revokes its token)',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), 'Signed out'), ...errorResponses(401) },
    }),
    async (c) => {
      await c.var.db().delete(sessions).where(eq(sessions.id, c.var.user.sessionId));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['auth'],
      summary: 'The signed-in user',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      responses: {
        200: jsonResponse(z.object({ user: z.object({ id: z.string(), email: z.string() }) }), 'The user'),
        ...errorResponses(401),
      },
    }),
    (c) => c.json({ user: { id: c.var.user.id, email: c.var.user.email } }, 200),
  );
