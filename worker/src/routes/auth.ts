import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, gte } from 'drizzle-orm';
import { DevicesResponse, RefreshRequest, SessionResponse, SignInRequest, SignUpRequest, User } from '../../../shared/api/auth.ts';
import { newId } from '../../../shared/ids.ts';
import { sessions, users } from '../db/schema/index.ts';
import { requireUser } from '../lib/auth.ts';
import { ApiError } from '../lib/errors.ts';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, newRouter } from '../lib/openapi.ts';
import { passwordMatches, storedPassword } from '../lib/passwords.ts';
import { limitPasswordAttempts, limitRefreshes } from '../lib/rate-limit.ts';
import { openSession, rotateSession, staleBefore } from '../lib/sessions.ts';

const Ok = z.object({ ok: z.literal(true) });
/** Device ids are ULIDs; anything outside this alphabet (a NUL byte, which Postgres text refuses) cannot name one. */
const DeviceParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'not a device id')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const auth = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/signup',
      tags: ['auth'],
      summary: 'Create an account and sign this device in',
      middleware: [limitPasswordAttempts] as const,
      request: { body: jsonBody(SignUpRequest) },
      responses: { 201: jsonResponse(SessionResponse, 'Signed up'), ...errorResponses(400, 409, 429) },
    }),
    async (c) => {
      const { email, password, deviceName } = c.req.valid('json');
      const db = c.var.db();
      const id = newId();
      const inserted = await db
        .insert(users)
        .values({ id, email, ...(await storedPassword(password)), createdAt: new Date(c.var.now()) })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (inserted.length === 0) throw new ApiError(409, 'email_taken', 'an account with this email exists; sign in instead');
      return c.json(await openSession(db, { id, email }, deviceName, c.var.now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signin',
      tags: ['auth'],
      summary: 'Sign this device in',
      middleware: [limitPasswordAttempts] as const,
      request: { body: jsonBody(SignInRequest) },
      responses: { 200: jsonResponse(SessionResponse, 'Signed in'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const { email, password, deviceName } = c.req.valid('json');
      const db = c.var.db();
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      if (!user || !(await passwordMatches(user, password))) {
        throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      }
      return c.json(await openSession(db, user, deviceName, c.var.now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/refresh',
      tags: ['auth'],
      summary: 'Trade a refresh token for a new access and refresh token (the old refresh token stops working)',
      description:
        '401 `refresh_reused` when the token was already used: the device is signed out, since a copy of its token exists. 401 `refresh_expired` after 30 days unused; 401 `refresh_invalid` once the device was signed out.',
      middleware: [limitRefreshes] as const,
      request: { body: jsonBody(RefreshRequest) },
      responses: { 200: jsonResponse(SessionResponse, 'New tokens for the same device'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => c.json(await rotateSession(c.var.db(), c.req.valid('json').refreshToken, c.var.now()), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signout',
      tags: ['auth'],
      summary: 'Sign this device out (revokes its access and refresh tokens)',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      responses: { 200: jsonResponse(Ok, 'Signed out'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      await c.var.db().delete(sessions).where(eq(sessions.id, c.var.user.sessionId));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signout-all',
      tags: ['auth'],
      summary: 'Sign every device of the account out, this one included',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      responses: { 200: jsonResponse(Ok, 'Signed out everywhere'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      await c.var.db().delete(sessions).where(eq(sessions.userId, c.var.user.id));
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
      responses: { 200: jsonResponse(z.object({ user: User }), 'The user'), ...errorResponses(401, 429) },
    }),
    (c) => c.json({ user: { id: c.var.user.id, email: c.var.user.email } }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/devices',
      tags: ['auth'],
      summary: "The account's signed-in devices, oldest first",
      security: bearerSecurity,
      middleware: [requireUser] as const,
      responses: { 200: jsonResponse(DevicesResponse, 'The devices'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const rows = await c.var
        .db()
        .select({ id: sessions.id, name: sessions.name, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
        .from(sessions)
        .where(and(eq(sessions.userId, c.var.user.id), gte(sessions.lastSeenAt, staleBefore(c.var.now()))))
        .orderBy(asc(sessions.createdAt), asc(sessions.id));
      const devices = rows.map((d) => ({
        id: d.id,
        name: d.name,
        createdAt: d.createdAt.getTime(),
        lastSeenAt: d.lastSeenAt.getTime(),
        current: d.id === c.var.user.sessionId,
      }));
      return c.json({ devices }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/devices/{id}',
      tags: ['auth'],
      summary: 'Sign one device of the account out',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      request: { params: DeviceParams },
      responses: { 204: { description: 'Signed out' }, ...errorResponses(400, 401, 404, 429) },
    }),
    async (c) => {
      const deleted = await c.var
        .db()
        .delete(sessions)
        .where(and(eq(sessions.id, c.req.valid('param').id), eq(sessions.userId, c.var.user.id)))
        .returning({ id: sessions.id });
      if (deleted.length === 0) throw new ApiError(404, 'not_found', 'no such device on this account');
      return c.body(null, 204);
    },
  );
