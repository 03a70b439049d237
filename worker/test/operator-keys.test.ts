import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { fakeLlmsPerFile, json, openConfirmationLink, signUp, type TestApi, testApi, withSql } from './harness.ts';

/**
 * The worker's provider keys are the operator's bill: a new account whose email nobody has
 * confirmed cannot spend them, and neither can anyone once the day's server-wide cap is reached.
 */

const job = sampleCapture({ title: 'Backend Engineer', company: 'Acme', descriptionHtml: '<p>Go and PostgreSQL.</p>' });
const input = { profile: BACKEND_ENGINEER, job };
const PROFILE_TEXT = 'Backend engineer building Go and Python services.';

const { anthropic, openai, vars: fakeVars } = fakeLlmsPerFile();
let vars: Record<string, string>;

beforeAll(() => {
  // The operator has an Anthropic key only: OpenAI answers a user's own key.
  vars = fakeVars({
    ANTHROPIC_API_KEY: 'sk-ant-operator-key',
    OPENAI_API_KEY: undefined,
    LLM_TIMEOUT_MS: '2000',
    LLM_ALLOW_UNVERIFIED: 'false',
  });
});
beforeEach(() => {
  anthropic.fallback = { kind: 'json', value: { summary: PROFILE_TEXT, skills: ['Go'], experience: [] } };
});

function post(api: TestApi, path: string, token: string, body: unknown = input, headers: Record<string, string> = {}) {
  const init = json(body, token);
  return api.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

async function errorOf(res: Response) {
  return ((await res.json()) as ErrorBody).error;
}

const confirm = (userId: string) => withSql((sql) => sql`update users set email_verified_at = now() where id = ${userId}`);

describe('the operator’s keys need a confirmed email', () => {
  it('a new unconfirmed account gets a clear 403 and the provider is never called, for every generation route', async () => {
    const api = testApi(vars);
    const { token } = await signUp(api);
    const resume = await post(api, '/v1/generate/resume', token);
    expect(resume.status).toBe(403);
    const error = await errorOf(resume);
    expect(error.code).toBe('email_unverified');
    expect(error.message).toMatch(/confirmed email.*own provider key or the writer on this device/);
    expect((await post(api, '/v1/generate/cover-letter', token, input, { accept: 'text/event-stream' })).status).toBe(403);
    expect((await post(api, '/v1/generate/answer', token, { ...input, question: 'Why Acme?' })).status).toBe(403);
    const coach = await post(api, '/v1/coach/feedback', token, { question: 'Why Acme?', answer: 'Go.', job });
    expect(coach.status).toBe(403);
    expect(anthropic.requests).toHaveLength(0);
    expect(openai.requests).toHaveLength(0);
  });

  it('with their own key it works, and a failing own key falls back to the offline writer, never to the operator’s key', async () => {
    const api = testApi(vars);
    const { token } = await signUp(api);
    openai.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const res = await post(api, '/v1/generate/resume', token, input, { 'x-provider': 'openai', 'x-provider-key': 'sk-user-own-key' });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { usage: { provider: string }; fellBackFrom: string[] };
    expect(body.usage.provider).toBe('offline');
    expect(body.fellBackFrom).toEqual(['openai']);
    expect(openai.requests.length).toBeGreaterThan(0);
    for (const r of openai.requests) expect(r.headers.authorization).toBe('Bearer sk-user-own-key');
    expect(anthropic.requests).toHaveLength(0);
  });

  it('asking for the offline writer works unconfirmed; once the email is confirmed the operator’s model writes', async () => {
    const api = testApi(vars);
    const { token, user } = await signUp(api);
    const offline = await post(api, '/v1/generate/resume', token, { ...input, provider: 'offline' });
    expect(offline.status).toBe(200);
    expect(anthropic.requests).toHaveLength(0);
    await confirm(user.id);
    const res = await post(api, '/v1/generate/resume', token);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { usage: { provider: string } }).usage.provider).toBe('anthropic');
    expect(JSON.stringify(anthropic.requests[0]?.headers)).toContain('sk-ant-operator-key');
  });

  it('LLM_ALLOW_UNVERIFIED lets an unconfirmed account spend them (a server without mail, or of one person)', async () => {
    const api = testApi({ ...vars, LLM_ALLOW_UNVERIFIED: 'true' });
    const { token } = await signUp(api);
    const res = await post(api, '/v1/generate/resume', token);
    expect(res.status).toBe(200);
    expect(anthropic.requests).toHaveLength(1);
  });

  it('with a mail binding the refusal sends a confirmation link (at most one an hour), and opening it unlocks the models', async () => {
    const sent: Array<{ to: string; text: string }> = [];
    const api = testApi({
      ...vars,
      MAIL_FROM: 'accounts@jobsmith.test',
      EMAIL: { send: async (m: { to: string; text: string }) => void sent.push(m) } as unknown as string,
    });
    // Signed up without mail (as before the binding was set), so the account is open but unconfirmed.
    const { token, email } = await signUp(testApi());
    const first = await post(api, '/v1/generate/resume', token);
    expect(first.status).toBe(403);
    expect((await errorOf(first)).message).toContain(`open the link we sent to ${email}`);
    expect((await post(api, '/v1/generate/resume', token)).status).toBe(403);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe(email);
    const link = /https?:\/\/\S+/.exec(sent[0]?.text ?? '')?.[0] ?? '';
    // The link of an open account asks for its password.
    expect((await openConfirmationLink(api, link, 'not the password')).status).toBe(400);
    expect((await post(api, '/v1/generate/resume', token)).status).toBe(403);
    expect((await openConfirmationLink(api, link, 'correct horse battery')).status).toBe(200);
    expect((await post(api, '/v1/generate/resume', token)).status).toBe(200);
    expect(anthropic.requests).toHaveLength(1);
  });
});

describe('the server-wide daily cap on the operator’s keys', () => {
  it('past LLM_GLOBAL_DAILY_BUDGET_USD every account gets 429 until midnight UTC; own keys still work', async () => {
    const { token, user } = await signUp(testApi());
    await confirm(user.id);
    const spent = await withSql(
      (sql) =>
        sql`select coalesce(sum(cost_usd), 0) as usd from llm_calls where created_at >= date_trunc('day', now() at time zone 'utc') at time zone 'utc' and not user_key`,
    );
    const cap = Number(spent[0]?.usd) + 50;
    const api = testApi({ ...vars, LLM_GLOBAL_DAILY_BUDGET_USD: String(cap) });
    expect((await post(api, '/v1/generate/resume', token)).status).toBe(200);
    // Someone's spend today reaches the cap (another account's, say).
    const other = await signUp(testApi());
    await withSql(
      (sql) =>
        sql`insert into llm_calls (id, user_id, request_id, generation_id, task, provider, model, outcome, input_tokens, output_tokens, cost_usd, cached)
            values (${crypto.randomUUID()}, ${other.user.id}, 'r', 'g', 'resume', 'anthropic', 'm', 'ok', 0, 0, 60, false)`,
    );
    try {
      anthropic.reset();
      const res = await post(api, '/v1/generate/resume', token);
      expect(res.status).toBe(429);
      expect((await errorOf(res)).code).toBe('global_budget_exceeded');
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
      expect(anthropic.requests).toHaveLength(0);
      openai.fallback = { kind: 'json', value: { summary: PROFILE_TEXT, skills: ['Go'], experience: [] } };
      const own = await post(api, '/v1/generate/resume', token, input, { 'x-provider': 'openai', 'x-provider-key': 'sk-user-own-key' });
      expect(own.status).toBe(200);
      expect(anthropic.requests).toHaveLength(0);
    } finally {
      await withSql((sql) => sql`delete from users where id = ${other.user.id}`);
    }
  });
});
