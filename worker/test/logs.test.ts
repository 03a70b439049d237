import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import type { CoverLetter, LetterDraft } from '../../shared/tailor/schema.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { letterToText } from '../src/llm/letter-text.ts';
import { fakeLlmsPerFile, json, signUp, type TestApi, testApi } from './harness.ts';
import { edit, syncHeaders } from './saved-job.ts';

/**
 * What the worker writes to its logs, captured across sign-in, sync and generation (including
 * the failures that log the most): no provider key, password, query parameter or document text.
 */

const OPERATOR_KEY = 'sk-ant-OPERATOR-0123456789abcdef';
const USER_KEY = 'sk-proj-USERKEY-fedcba9876543210';
const PASSWORD = 'Tr0ub4dor&3-password';
/** Text of the user's own documents and records: none of it belongs in a log line. */
const SECRET_TEXT = 'Quasar-Pelican-7731';
const job = sampleCapture({ title: 'Backend Engineer', company: 'Acme', descriptionHtml: `<p>Go. ${SECRET_TEXT} team.</p>` });
const profile = { ...BACKEND_ENGINEER, summary: `Engineer of the ${SECRET_TEXT} platform.` };

const { anthropic, openai, vars } = fakeLlmsPerFile();
let api: TestApi;
let lines: string[];

beforeAll(() => {
  // The operator has an Anthropic key only: OpenAI answers the user's own key (USER_KEY).
  api = testApi(vars({ ANTHROPIC_API_KEY: OPERATOR_KEY, OPENAI_API_KEY: undefined, LLM_TIMEOUT_MS: '2000' }));
});
beforeEach(() => {
  lines = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
      );
    });
});
afterEach(() => vi.restoreAllMocks());

function expectClean(forbidden: string[]) {
  const text = lines.join('\n');
  for (const value of forbidden) expect(text, `a log line holds "${value}"`).not.toContain(value);
}

function post(path: string, token: string, body: unknown, headers: Record<string, string> = {}) {
  const init = json(body, token);
  return api.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

/** A letter the verifier accepts (the offline writer's), with a NUL that Postgres refuses to store: the write of the result fails. */
async function unstorableLetter(token: string): Promise<LetterDraft> {
  const res = await post('/v1/generate/cover-letter', token, { profile, job, provider: 'offline' });
  const letter = ((await res.json()) as { document: CoverLetter }).document;
  const [first = '', ...rest] = letter.paragraphs;
  return { greeting: letter.greeting, paragraphs: [`${first}\u0000`, ...rest], closing: letter.closing };
}

describe('log lines hold no key, password, query parameter or document', () => {
  it('sign-up, sign-in (wrong and right), sync push and pull', async () => {
    const email = `logs-${crypto.randomUUID()}@example.com`;
    expect((await api.request('/v1/auth/signup', json({ email, password: PASSWORD }))).status).toBe(201);
    expect((await api.request('/v1/auth/signin', json({ email, password: 'not-the-password' }))).status).toBe(401);
    const signin = await api.request('/v1/auth/signin', json({ email, password: PASSWORD }));
    const { accessToken } = (await signin.json()) as { accessToken: string };
    const { job: saved } = newSavedJob(job, Date.now());
    const record = edit(undefined, { ...saved, description: `${SECRET_TEXT} description` });
    const pushed = await api.request('/v1/sync/push', {
      method: 'POST',
      headers: { ...syncHeaders(accessToken), 'content-type': 'application/json' },
      body: JSON.stringify({ changes: [{ opId: newId(), entity: 'job', record }] }),
    });
    expect(pushed.status).toBe(200);
    // A record Postgres cannot store (NUL in jsonb text is refused by the check; a bad cursor is a 400).
    const bad = edit(undefined, { ...saved, id: newId(), description: `${SECRET_TEXT}\u0000` });
    const refused = await api.request('/v1/sync/push', {
      method: 'POST',
      headers: { ...syncHeaders(accessToken), 'content-type': 'application/json' },
      body: JSON.stringify({ changes: [{ opId: newId(), entity: 'job', record: bad }] }),
    });
    expect(refused.status).toBe(400);
    expect((await api.request('/v1/sync/pull?after=0&limit=77', { headers: syncHeaders(accessToken) })).status).toBe(200);
    expect((await api.request('/v1/sync/pull?after=-4242', { headers: syncHeaders(accessToken) })).status).toBe(400);
    expectClean([PASSWORD, 'not-the-password', SECRET_TEXT, accessToken, 'after=', 'limit=77', '-4242']);
  });

  it('generation with a user’s key that the provider refuses, and with the operator’s key', async () => {
    const { token } = await signUp(api);
    openai.script(
      { kind: 'status', status: 401, message: `Incorrect API key provided: ${USER_KEY}` },
      { kind: 'status', status: 401, message: `Incorrect API key provided: ${USER_KEY}` },
    );
    anthropic.fallback = { kind: 'status', status: 500, message: 'overloaded' };
    const res = await post('/v1/generate/resume', token, { profile, job }, { 'x-provider': 'openai', 'x-provider-key': USER_KEY });
    expect(res.status).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    expectClean([USER_KEY, 'USERKEY', OPERATOR_KEY, SECRET_TEXT, token]);
  });

  it('a result that cannot be stored: the JSON route’s 500 and the streamed letter’s error event', async () => {
    const { token, user } = await signUp(api);
    const draft = await unstorableLetter(token);
    const text = letterToText(draft);
    lines = [];
    anthropic.fallback = { kind: 'text', text };
    const streamed = await post('/v1/generate/cover-letter', token, { profile, job }, { accept: 'text/event-stream' });
    expect(streamed.status).toBe(200);
    expect(await streamed.text()).toContain('event: error');
    expect(lines.join('\n')).toContain('letter stream failed');
    // The same letter asked for as JSON (a new cache key, so the result is written again and fails).
    anthropic.fallback = { kind: 'json', value: draft };
    const asJson = await post('/v1/generate/cover-letter', token, { profile: { ...profile, summary: `${profile.summary} ` }, job });
    expect(asJson.status).toBe(500);
    expect(lines.join('\n')).toContain('unhandled error');
    expectClean([OPERATOR_KEY, SECRET_TEXT, user.id, 'params:', text.slice(0, 40)]);
  });
});
