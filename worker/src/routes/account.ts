import { asc, eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { AccountExport } from '../../../shared/api/account.ts';
import { DeleteAccountRequest } from '../../../shared/api/auth.ts';
import { WritersResponse } from '../../../shared/api/writers.ts';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import { ApiError } from '../lib/errors.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';
import { operatorKeysClosed } from '../lib/operator-keys.ts';
import { checkPassword, pepperOf } from '../lib/passwords.ts';
import { limitPasswordAttempts } from '../lib/rate-limit.ts';
import { buildChain } from '../llm/service.ts';

/**
 * Tables with a user_id that the export leaves out, each for a reason. Every other such table is
 * exported whole, so a table added later is in the export without anyone remembering to add it.
 */
const NOT_EXPORTED: Record<string, string> = {
  users: 'exported as `user`, without the password hash',
  sessions: 'exported as `devices`',
  access_tokens: 'token hashes: credentials, not data',
  refresh_tokens: 'token hashes: credentials, not data',
  rate_limits: 'a request counter for the current minute',
  email_confirmations: 'token hashes of confirmation links: credentials, not data',
};

/** Every table of the schema with a user_id column, by SQL name, with that column. */
function userTables() {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => ({ table, config: getTableConfig(table) }))
    .flatMap(({ table, config }) => {
      const userId = config.columns.find((column) => column.name === 'user_id');
      return userId ? [{ name: config.name, table, userId }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function exportTables(db: Db, userId: string) {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const { name, table, userId: column } of userTables()) {
    if (name in NOT_EXPORTED) continue;
    const rows = (await db.select().from(table).where(eq(column, userId))) as Record<string, unknown>[];
    tables[name] = rows.map(({ userId: _, ...row }) => row);
  }
  return tables;
}

const WHY_NO_MODEL = {
  no_keys: 'This server has no AI model: documents are written on this device, from your profile.',
  email_unverified: "Confirm your email to use this server's AI models; until then documents are written on this device.",
  global_budget_exceeded: "This server's AI budget for today is used up; documents are written on this device until 00:00 UTC.",
} as const;

export const account = newRouter()
  .openapi(
    userRoute({
      method: 'get',
      path: '/writers',
      tags: ['account'],
      summary: 'The AI models this server writes with for this account, or why it cannot now',
      responses: { 200: jsonResponse(WritersResponse, 'The models and whether this account may use them'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const env = c.env;
      const now = c.var.now();
      const chain = buildChain({ env, userId: c.var.user.id, requestId: c.var.requestId, now: () => new Date(now) });
      const models = chain
        .filter((e) => e.provider.name !== 'offline')
        .map((e) => ({ provider: e.provider.name, model: e.provider.model }));
      // The generation routes' own rule (lib/operator-keys.ts), said before the user asks.
      const closed = models.length === 0 ? 'no_keys' : await operatorKeysClosed(env, c.var.db(), c.var.user, now);
      const reason = closed === null ? null : WHY_NO_MODEL[closed];
      return c.json({ models, available: reason === null, reason }, 200);
    },
  )
  .openapi(
    userRoute({
      method: 'get',
      path: '/export',
      tags: ['account'],
      summary: "All of the account's data as JSON",
      responses: { 200: jsonResponse(AccountExport, 'The account'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const db = c.var.db();
      const userId = c.var.user.id;
      const [user] = await db
        .select({ id: schema.users.id, email: schema.users.email, createdAt: schema.users.createdAt })
        .from(schema.users)
        .where(eq(schema.users.id, userId));
      if (!user) throw new ApiError(401, 'unauthorized', 'the account was deleted');
      const devices = await db
        .select({
          id: schema.sessions.id,
          name: schema.sessions.name,
          createdAt: schema.sessions.createdAt,
          lastSeenAt: schema.sessions.lastSeenAt,
        })
        .from(schema.sessions)
        .where(eq(schema.sessions.userId, userId))
        .orderBy(asc(schema.sessions.createdAt), asc(schema.sessions.id));
      c.header('Content-Disposition', 'attachment; filename="jobsmith-export.json"');
      return c.json(
        {
          exportedAt: c.var.now(),
          user: { ...user, createdAt: user.createdAt.getTime() },
          devices: devices.map((d) => ({ ...d, createdAt: d.createdAt.getTime(), lastSeenAt: d.lastSeenAt.getTime() })),
          tables: await exportTables(db, userId),
        },
        200,
      );
    },
  )
  .openapi(
    userRoute(
      {
        method: 'delete',
        path: '/',
        tags: ['account'],
        summary: 'Delete the account and every row of it (asks for the password again)',
        request: { body: jsonBody(DeleteAccountRequest) },
        responses: { 204: { description: 'Deleted; every token of the account stops working' }, ...errorResponses(400, 401, 429) },
      },
      { after: [limitPasswordAttempts] },
    ),
    async (c) => {
      const db = c.var.db();
      const [user] = await db.select().from(schema.users).where(eq(schema.users.id, c.var.user.id));
      const check = await checkPassword(user, c.req.valid('json').password, pepperOf(c.env));
      if (!user || !check.ok) {
        throw new ApiError(401, 'invalid_credentials', 'wrong password');
      }
      // Every table's user_id references users ON DELETE CASCADE (account.test.ts checks each one).
      await db.delete(schema.users).where(eq(schema.users.id, user.id));
      return c.body(null, 204);
    },
  );
