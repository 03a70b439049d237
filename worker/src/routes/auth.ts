import { createRoute } from '@hono/zod-openapi';
import { and, asc, eq, gte } from 'drizzle-orm';
import {
  ConfirmForm,
  ConfirmQuery,
  DeviceParams,
  DevicesResponse,
  HtmlPage,
  MeResponse,
  Ok,
  RefreshRequest,
  SessionResponse,
  SignInRequest,
  SignUpPending,
  SignUpRequest,
} from '../../../shared/api/auth.ts';
import { newId } from '../../../shared/ids.ts';
import { sessions, users } from '../db/schema/index.ts';
import { confirmationOpen, confirmEmail, type Mailer, sendAlreadyRegistered, sendConfirmation } from '../lib/email-confirmation.ts';
import { ApiError } from '../lib/errors.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';
import { checkPassword, pepperOf, storedPassword } from '../lib/passwords.ts';
import {
  checkSignInFailures,
  clearSignInFailures,
  countSignInFailure,
  limitPasswordAttempts,
  limitRefreshes,
  limitSignUps,
} from '../lib/rate-limit.ts';
import { openSession, rotateSession, staleBefore } from '../lib/sessions.ts';

/** Pages for the confirmation link, which a person opens in a browser (`form`: trusted markup of ours). */
const page = (title: string, text: string, form = '') =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><body style="font-family:system-ui;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p>${form}</body></html>`;

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
/** The form that confirms: the token (our own alphabet, so it is safe in an attribute) and the sign-up's password. */
const confirmForm = (token: string) =>
  `<form method="post" action="/v1/auth/confirm"><input type="hidden" name="token" value="${TOKEN.test(token) ? token : ''}"><label>Password <input type="password" name="password" required autocomplete="current-password" autofocus></label> <button type="submit">Confirm</button></form>`;

export const auth = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/signup',
      tags: ['auth'],
      summary: 'Create an account (and sign this device in, where addresses are not confirmed by email)',
      description:
        'With a mail binding (EMAIL) the answer is always 202 `confirmation_sent`, whether or not the address has an account: a new account gets a confirmation link and can sign in once it is opened; an address with an account gets an email saying so. Without one, the account opens at once (201) and an address already taken is 409.',
      middleware: [limitPasswordAttempts, limitSignUps] as const,
      request: { body: jsonBody(SignUpRequest) },
      responses: {
        201: jsonResponse(SessionResponse, 'Signed up (no mail binding)'),
        202: jsonResponse(SignUpPending, 'A confirmation email was sent, or the address has an account (mail binding set)'),
        ...errorResponses(400, 409, 429, 503),
      },
    }),
    async (c) => {
      const { email, password, deviceName } = c.req.valid('json');
      const db = c.var.db();
      const now = c.var.now();
      // Hashed before anything is looked up, so both answers below take as long.
      const stored = await storedPassword(password, pepperOf(c.env));
      const id = newId();
      const insert = (awaitingConfirmation: boolean) =>
        db
          .insert(users)
          .values({ id, email, ...stored, createdAt: new Date(now), awaitingConfirmation })
          .onConflictDoNothing({ target: users.email })
          .returning({ id: users.id });
      if (!c.env.EMAIL || !c.env.MAIL_FROM) {
        // Without email there is no way to open an account later, so it opens now, and that
        // tells an address that is taken (409): the sign-up limits bound how fast anyone can ask.
        if ((await insert(false)).length === 0)
          throw new ApiError(409, 'email_taken', 'an account with this email exists; sign in instead');
        return c.json(await openSession(db, { id, email }, deviceName, now), 201);
      }
      const mailer: Mailer = { mail: c.env.EMAIL, from: c.env.MAIL_FROM, origin: new URL(c.req.url).origin };
      if ((await insert(true)).length > 0) await sendConfirmation(db, mailer, { id, email }, now, stored);
      else {
        const [existing] = await db
          .select({ id: users.id, awaiting: users.awaitingConfirmation })
          .from(users)
          .where(eq(users.email, email))
          .limit(1);
        if (existing?.awaiting) {
          // Nobody has confirmed it yet: a new link, bound to this sign-up's password. Whoever
          // confirms a link must know the password of the sign-up that sent it, so a stranger's
          // sign-up cannot take the address even if its owner opens the stranger's link.
          await sendConfirmation(db, mailer, { id: existing.id, email }, now, stored);
        } else await sendAlreadyRegistered(mailer, email);
      }
      return c.json({ status: 'confirmation_sent' as const, email }, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/confirm',
      tags: ['auth'],
      summary: 'The link in a confirmation email: a page that asks for the sign-up’s password (changes nothing by itself)',
      request: { query: ConfirmQuery },
      responses: {
        200: { description: 'The confirmation form', content: { 'text/html': { schema: HtmlPage } } },
        400: { description: 'Unknown or expired link', content: { 'text/html': { schema: HtmlPage } } },
      },
    }),
    async (c) => {
      const { token } = c.req.valid('query');
      // Opening the link confirms nothing: mail scanners open links too.
      return (await confirmationOpen(c.var.db(), token, c.var.now()))
        ? c.html(page('Confirm your email', 'Enter the password you chose when you signed up in Jobsmith.', confirmForm(token)), 200)
        : c.html(page('This link does not work', 'It has expired or was used already. Sign up again to get a new one.'), 400);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/confirm',
      tags: ['auth'],
      summary: 'Confirm an address: the link’s token and the password of the sign-up that sent it (a form post from the page)',
      middleware: [limitPasswordAttempts] as const,
      request: { body: { content: { 'application/x-www-form-urlencoded': { schema: ConfirmForm } }, required: true } },
      responses: {
        200: { description: 'Confirmed', content: { 'text/html': { schema: HtmlPage } } },
        400: { description: 'Unknown or expired link, or not the sign-up’s password', content: { 'text/html': { schema: HtmlPage } } },
        ...errorResponses(429),
      },
    }),
    async (c) => {
      const { token, password } = c.req.valid('form');
      const result = await confirmEmail(c.var.db(), token, password, pepperOf(c.env), c.var.now());
      if (result === 'confirmed')
        return c.html(page('Email confirmed', "Your address is confirmed. Sign in from Jobsmith's Settings."), 200);
      if (result === 'wrong-password')
        return c.html(
          page('Not that password', 'Enter the password you chose when you signed up with this link.', confirmForm(token)),
          400,
        );
      return c.html(page('This link does not work', 'It has expired or was used already. Sign up again to get a new one.'), 400);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/signin',
      tags: ['auth'],
      summary: 'Sign this device in',
      description:
        'An unknown address and a wrong password take as long and give the same 401. After SIGNIN_FAILURES_PER_ACCOUNT failures for one address in 15 minutes, from any client, 429 until the window ends.',
      middleware: [limitPasswordAttempts] as const,
      request: { body: jsonBody(SignInRequest) },
      responses: { 200: jsonResponse(SessionResponse, 'Signed in'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const { email, password, deviceName } = c.req.valid('json');
      const db = c.var.db();
      const now = c.var.now();
      await checkSignInFailures(db, email, c.env.SIGNIN_FAILURES_PER_ACCOUNT, now);
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      const pepper = pepperOf(c.env);
      // Always hashed, against a dummy when there is no such account, so the time tells nothing.
      const check = await checkPassword(user, password, pepper);
      if (!user || !check.ok) {
        await countSignInFailure(db, email, now);
        throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      }
      await clearSignInFailures(db, email);
      if (user.awaitingConfirmation)
        throw new ApiError(403, 'email_unconfirmed', 'confirm your email address first: open the link we sent to it, then sign in');
      if (check.outdated)
        await db
          .update(users)
          .set(await storedPassword(password, pepper))
          .where(eq(users.id, user.id));
      return c.json(await openSession(db, user, deviceName, now), 200);
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
    userRoute({
      method: 'post',
      path: '/signout',
      tags: ['auth'],
      summary: 'Sign this device out (revokes its access and refresh tokens)',
      responses: { 200: jsonResponse(Ok, 'Signed out'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      await c.var.db().delete(sessions).where(eq(sessions.id, c.var.user.sessionId));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    userRoute({
      method: 'post',
      path: '/signout-all',
      tags: ['auth'],
      summary: 'Sign every device of the account out, this one included',
      responses: { 200: jsonResponse(Ok, 'Signed out everywhere'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      await c.var.db().delete(sessions).where(eq(sessions.userId, c.var.user.id));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    userRoute({
      method: 'get',
      path: '/me',
      tags: ['auth'],
      summary: 'The signed-in user',
      responses: { 200: jsonResponse(MeResponse, 'The user'), ...errorResponses(401, 429) },
    }),
    (c) => c.json({ user: { id: c.var.user.id, email: c.var.user.email } }, 200),
  )
  .openapi(
    userRoute({
      method: 'get',
      path: '/devices',
      tags: ['auth'],
      summary: "The account's signed-in devices, oldest first",
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
    userRoute({
      method: 'delete',
      path: '/devices/{id}',
      tags: ['auth'],
      summary: 'Sign one device of the account out',
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
