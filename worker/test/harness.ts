import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { SessionResponse } from '../../shared/api/auth.ts';
import { type AppOptions, createApp } from '../src/app.ts';
import { parseEnv } from '../src/env.ts';
import { fakeAnthropic, fakeOpenAi } from './fake-llm.ts';

/**
 * The real app with real bindings, called in-process (no network) against the test database.
 * Every test file shares the database and, having no CF-Connecting-IP, one IP's rate-limit
 * counter, so the limits are out of reach unless a test sets them (rate-limit tests do).
 */
export function testApi(vars: Record<string, string> = {}, options: AppOptions = {}) {
  const app = createApp(options);
  const env = parseEnv({
    HYPERDRIVE: { connectionString: inject('databaseUrl') },
    ALLOWED_ORIGINS: 'chrome-extension://*,https://app.jobsmith.test',
    ENVIRONMENT: 'test',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    SIGNUP_RATE_LIMIT_PER_HOUR: '1000000',
    SIGNUP_GLOBAL_LIMIT_PER_HOUR: '1000000',
    SIGNIN_FAILURES_PER_ACCOUNT: '1000000',
    // Test accounts are never confirmed (there is no mail); generation tests spend the fake keys.
    LLM_ALLOW_UNVERIFIED: 'true',
    // Tests that reach the server-wide cap put a large spend in for a moment; others stay clear of it.
    LLM_GLOBAL_DAILY_BUDGET_USD: '1000000000',
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
  const body = (await res.json()) as SessionResponse;
  /** `token` is the access token, the name most tests want. */
  return { ...body, token: body.accessToken, email };
}

/**
 * What a person does with a confirmation email: opens the link (a page with a form, which
 * confirms nothing by itself) and sends the form with the password of the sign-up that sent it.
 */
export async function openConfirmationLink(api: TestApi, link: string, password: string) {
  const url = new URL(link);
  const page = await api.request(url.pathname + url.search);
  if (page.status !== 200) return page;
  const token = /name="token" value="([^"]*)"/.exec(await page.text())?.[1] ?? '';
  return api.request('/v1/auth/confirm', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, password }).toString(),
  });
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

/**
 * The two fake LLM APIs (fake-llm.ts) for a test file that calls this at its top: listening
 * before the file's own `beforeAll` hooks run, emptied of scripted replies and recorded requests
 * before each test, closed after the file. `vars` points the worker at them, with an operator
 * key for each and the per-user generation rate limit out of reach; `extra` adds to or replaces
 * those, and a variable set to undefined is left out.
 */
export function fakeLlmsPerFile() {
  const anthropic = fakeAnthropic();
  const openai = fakeOpenAi();
  beforeAll(async () => {
    await anthropic.listen();
    await openai.listen();
  });
  afterAll(async () => {
    await anthropic.close();
    await openai.close();
  });
  beforeEach(() => {
    anthropic.reset();
    openai.reset();
  });
  const vars = (extra: Record<string, string | undefined> = {}): Record<string, string> => {
    const all: Record<string, string | undefined> = {
      ANTHROPIC_API_KEY: 'sk-ant-worker-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      OPENAI_API_KEY: 'sk-openai-worker-key',
      OPENAI_BASE_URL: openai.url,
      LLM_RATE_LIMIT_PER_MINUTE: '1000',
      ...extra,
    };
    return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined));
  };
  return { anthropic, openai, vars };
}
