import postgres from 'postgres';
import { inject } from 'vitest';
import { createApp } from '../src/app.ts';
import { parseEnv } from '../src/env.ts';

/** The real app with real bindings, called in-process (no network) against the test database. */
export function testApi(vars: Record<string, string> = {}) {
  const app = createApp();
  const env = parseEnv({
    HYPERDRIVE: { connectionString: inject('databaseUrl') },
    ALLOWED_ORIGINS: 'chrome-extension://*,https://app.jobsmith.test',
    ENVIRONMENT: 'test',
    ...vars,
  });
  const request = (path: string, init: RequestInit = {}) => app.request(path, init, env);
  return { app, request };
}

export type TestApi = ReturnType<typeof testApi>;

export function json(body: unknown, token?: string, method = 'POST'): RequestInit {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return { method, headers, body: JSON.stringify(body) };
}

export function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}

export async function signUp(api: TestApi, email = `u-${crypto.randomUUID()}@example.com`) {
  const res = await api.request('/v1/auth/signup', json({ email, password: 'correct horse battery' }));
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: string; user: { id: string; email: string } };
  return { ...body, email };
}

/** Direct SQL for assertions about what the database really holds. */
export async function withSql<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
