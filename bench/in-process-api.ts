import { applyMigrations, openDatabase } from '../scripts/lib/database.ts';
import { freePort } from '../scripts/lib/processes.ts';
import { createApp } from '../worker/src/app.ts';
import { parseEnv } from '../worker/src/env.ts';

export interface InProcessApi {
  /** A JSON call to the worker app; throws on a status of 300 or more. */
  call: (path: string, init: RequestInit & { headers?: Record<string, string> }, token?: string) => Promise<unknown>;
  /** A new user; returns its access token. */
  signUp: () => Promise<string>;
  /** Which database answers ("postgres" or "pglite"), for the rows' names. */
  database: string;
}

/**
 * The worker app called in-process against a fresh migrated database, for the length of `run`:
 * no wrangler, so the rows measure the worker's own work. Rate limits are lifted (one user and
 * one address hammering the API would only measure 429s) and the worker's log lines are silenced
 * (the bench's stdout is its results table).
 */
export async function withInProcessApi<T>(vars: Record<string, string>, run: (api: InProcessApi) => Promise<T>): Promise<T> {
  const database = await openDatabase({ port: await freePort() });
  await applyMigrations(database.url);
  const log = console.log;
  console.log = () => {};
  try {
    const app = createApp();
    const env = parseEnv({
      HYPERDRIVE: { connectionString: database.url },
      ENVIRONMENT: 'test',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      API_RATE_LIMIT_PER_MINUTE: '1000000',
      SIGNUP_RATE_LIMIT_PER_HOUR: '1000000',
      SIGNUP_GLOBAL_LIMIT_PER_HOUR: '1000000',
      LLM_ALLOW_UNVERIFIED: 'true',
      ...vars,
    });
    const call: InProcessApi['call'] = async (path, init, token) => {
      const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers };
      const res = await app.request(path, { ...init, headers }, env);
      if (res.status >= 300) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const signUp = async () => {
      const body = JSON.stringify({ email: `bench-${crypto.randomUUID()}@example.com`, password: 'correct horse battery' });
      return ((await call('/v1/auth/signup', { method: 'POST', body })) as { accessToken: string }).accessToken;
    };
    return await run({ call, signUp, database: database.kind });
  } finally {
    console.log = log;
    await database.stop();
  }
}
