import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { bearer, json, signUp, testApi, withSql } from './harness.ts';
import { pushSavedJob } from './saved-job.ts';

const api = testApi();
const PASSWORD = 'correct horse battery';

function deleteAccount(token: string, password = PASSWORD) {
  return api.request('/v1/account', json({ password }, token, 'DELETE'));
}

/**
 * Tables that hold no user's data, each for a reason; every other table must have a user_id.
 * The public job boards the worker reads (worker/src/boards) are read once for all their
 * followers: which user follows a board is in that user's follow records, deleted with them.
 */
const SHARED_TABLES = new Set(['boards', 'board_jobs', 'board_fetch_log']);

/**
 * How many rows of `userId` every table of the public schema holds, found from the catalog, so a
 * new table is counted too; a table without a user_id column fails, since it cannot be checked.
 */
async function rowsOfUser(userId: string) {
  return withSql(async (sql) => {
    const tables = await sql<{ table_name: string; has_user_id: boolean }[]>`
      select t.table_name,
             exists (select 1 from information_schema.columns c
                     where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'user_id') as has_user_id
      from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by t.table_name`;
    const counts: Record<string, number> = {};
    for (const { table_name: table, has_user_id: hasUserId } of tables) {
      if (SHARED_TABLES.has(table) && !hasUserId) continue;
      const column = table === 'users' ? 'id' : 'user_id';
      if (table !== 'users' && !hasUserId) throw new Error(`table ${table} has no user_id: account deletion cannot be checked for it`);
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where ${sql(column)} = ${userId}`;
      counts[table] = row?.n ?? 0;
    }
    return counts;
  });
}

describe('account export', () => {
  it('returns the user, the devices and every synced record, and nothing of anyone else', async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    const { job, application } = await pushSavedJob(api, alice.token, 'Staff Engineer');
    await pushSavedJob(api, bob.token, 'Not Alice’s');

    const res = await api.request('/v1/account/export', bearer(alice.token));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const body = (await res.json()) as {
      user: { id: string; email: string; createdAt: number };
      devices: Array<{ id: string; name: string }>;
      tables: Record<string, Array<Record<string, unknown>>>;
    };
    expect(body.user).toEqual({ id: alice.user.id, email: alice.email, createdAt: expect.any(Number) });
    expect(body.devices).toEqual([expect.objectContaining({ id: alice.device.id, name: 'Browser' })]);
    const records = body.tables.records ?? [];
    expect(records.map((r) => `${r.entity}/${r.id}`).sort()).toEqual([`application/${application.id}`, `job/${job.id}`].sort());
    expect(records.find((r) => r.entity === 'job')?.data).toMatchObject({ id: job.id, title: 'Staff Engineer' });

    const text = JSON.stringify(body);
    expect(text).not.toContain(bob.user.id);
    expect(text).not.toContain('Not Alice');
    // No credentials: neither the password hash nor any token (or its hash) is exported.
    expect(Object.keys(body.tables)).not.toEqual(expect.arrayContaining(['access_tokens']));
    expect(text).not.toMatch(/password|token_hash|tokenHash/i);
    expect(text).not.toContain(alice.accessToken);
  });
});

describe('account deletion', () => {
  it('asks for the password again', async () => {
    const alice = await signUp(api);
    const res = await deleteAccount(alice.token, 'wrong password');
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_credentials');
    expect((await api.request('/v1/auth/me', bearer(alice.token))).status).toBe(200);
  });

  it('is complete by construction: every user_id column references users ON DELETE CASCADE', async () => {
    const unlinked = await withSql(
      (sql) => sql<{ table_name: string }[]>`
        select c.table_name from information_schema.columns c
        where c.table_schema = 'public' and c.column_name = 'user_id'
          and not exists (
            select 1 from pg_constraint con
            join pg_class rel on rel.oid = con.conrelid
            join pg_namespace ns on ns.oid = rel.relnamespace
            join pg_attribute a on a.attrelid = rel.oid and a.attnum = any (con.conkey)
            where con.contype = 'f' and ns.nspname = 'public' and rel.relname = c.table_name
              and a.attname = 'user_id' and con.confrelid = 'public.users'::regclass and con.confdeltype = 'c')`,
    );
    expect(unlinked.map((r) => r.table_name)).toEqual([]);
  });

  it('removes every row of the user from every table; the tokens stop working; others are untouched', async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    const laptop = await api.request('/v1/auth/signin', json({ email: alice.email, password: PASSWORD, deviceName: 'Laptop' }));
    expect(laptop.status).toBe(200);
    await pushSavedJob(api, alice.token, 'Staff Engineer');
    await pushSavedJob(api, bob.token, 'Bob’s job');
    // Rows in the generation tables too (cache and call log), from the offline generator.
    const job = sampleCapture({ title: 'Backend Engineer', company: 'Acme', descriptionHtml: '<p>Go and PostgreSQL.</p>' });
    const generated = await api.request('/v1/generate/resume', json({ profile: BACKEND_ENGINEER, job, provider: 'offline' }, alice.token));
    expect(generated.status).toBe(200);
    // Offline results are not cached; a cached model result is put in directly.
    await withSql(
      (sql) =>
        sql`insert into llm_cache (user_id, key, task, provider, model, result) values (${alice.user.id}, 'k', 'resume', 'anthropic', 'm', '{}')`,
    );

    const before = await rowsOfUser(alice.user.id);
    const bobBefore = await rowsOfUser(bob.user.id);
    for (const table of ['users', 'sessions', 'access_tokens', 'refresh_tokens', 'records', 'llm_cache', 'llm_calls', 'rate_limits']) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    expect((await deleteAccount(alice.token)).status).toBe(204);

    const after = await rowsOfUser(alice.user.id);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [table, count] of Object.entries(after)) expect(count, `${table} still holds rows of the deleted user`).toBe(0);
    expect(await rowsOfUser(bob.user.id)).toEqual(bobBefore);

    const me = await api.request('/v1/auth/me', bearer(alice.token));
    expect(me.status).toBe(401);
    expect((await api.request('/v1/account/export', bearer(alice.token))).status).toBe(401);
    const pull = await api.request('/v1/sync/pull', {
      headers: { authorization: `Bearer ${alice.token}`, [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) },
    });
    expect(pull.status).toBe(401);
    const signin = await api.request('/v1/auth/signin', json({ email: alice.email, password: PASSWORD }));
    expect(signin.status).toBe(401);
    // The email is free again.
    expect((await api.request('/v1/auth/signup', json({ email: alice.email, password: PASSWORD }))).status).toBe(201);
  });
});
