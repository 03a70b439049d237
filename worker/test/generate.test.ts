import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import type { CoverLetter, RefusedDraft, ResumeDraft, TailoredResume, UnsupportedClaim, Usage } from '../../shared/tailor/schema.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { letterToText } from '../src/llm/letter-text.ts';
import { fakeLlmsPerFile, json, signUp, type TestApi, testApi, withSql } from './harness.ts';
import { input, job, LETTER, RESUME } from './sample-drafts.ts';

const INVENTED_EMPLOYER: ResumeDraft = {
  ...RESUME,
  experience: [{ index: 0, bullets: [{ text: 'Led the platform team at Google', reason: '' }] }],
};
const INFLATED_NUMBER: ResumeDraft = {
  ...RESUME,
  experience: [{ index: 0, bullets: [{ text: 'Ran PostgreSQL and Kafka serving 30 million users', reason: '' }] }],
};
const ADDED_SKILL: ResumeDraft = { ...RESUME, skills: [...RESUME.skills, 'Rust'] };

interface Result<D> {
  document: D;
  usage: Usage;
  unsupported: UnsupportedClaim[];
  refused: RefusedDraft[];
  fellBackFrom: string[];
}

const { anthropic, openai, vars: fakeVars } = fakeLlmsPerFile();
let api: TestApi;
let vars: Record<string, string>;

beforeAll(() => {
  vars = fakeVars({ LLM_TIMEOUT_MS: '300' });
  api = testApi(vars);
});

async function post(path: string, token: string, body: unknown, headers: Record<string, string> = {}, via = api) {
  const init = json(body, token);
  return via.request(`/v1/generate/${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

async function resume(token: string, body: unknown = input, headers?: Record<string, string>) {
  const res = await post('resume', token, body, headers);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Result<TailoredResume>;
}

async function callRows(userId: string) {
  return withSql(
    (sql) =>
      sql`select provider, outcome, input_tokens, output_tokens, cost_usd, cached from llm_calls where user_id = ${userId} and outcome <> 'requested' order by created_at, id`,
  );
}

describe('generate: providers', () => {
  it('tailors a resume with Anthropic (structured output), recording tokens and cost', async () => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'json', value: RESUME });
    const body = await resume(token);
    expect(body.document.provider).toBe('anthropic');
    expect(body.document.model).toBe('claude-haiku-5-5');
    expect(body.document.experience[0]).toMatchObject({ employer: 'Zalando', title: 'Senior Backend Engineer' });
    expect(body.document.experience[0]?.bullets[0]?.text).toBe('Built Go and Python services on Kubernetes');
    expect(body.unsupported).toEqual([]);
    expect(body.fellBackFrom).toEqual([]);
    expect(body.usage).toMatchObject({ provider: 'anthropic', model: 'claude-haiku-5-5', cached: false });
    expect(body.usage.inputTokens).toBeGreaterThan(500);
    expect(body.usage.outputTokens).toBeGreaterThan(50);
    expect(body.usage.costUsd).toBeCloseTo((body.usage.inputTokens * 0.1 + body.usage.outputTokens * 0.5) / 1e6, 12);

    const sent = anthropic.requests[0];
    expect(sent?.headers.authorization).toBe('Bearer sk-ant-worker-key');
    expect(sent?.body).toMatchObject({ model: 'claude-haiku-5-5', output_config: { format: { type: 'json_schema' } } });
    const rows = await callRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'anthropic',
      outcome: 'ok',
      input_tokens: body.usage.inputTokens,
      output_tokens: body.usage.outputTokens,
      cached: false,
    });
    expect(rows[0]?.cost_usd).toBeCloseTo(body.usage.costUsd, 12);
  });

  it('writes a cover letter with OpenAI (JSON response format) when asked for it', async () => {
    const { token } = await signUp(api);
    openai.script({ kind: 'json', value: LETTER });
    const res = await post('cover-letter', token, { ...input, provider: 'openai' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result<CoverLetter>;
    expect(body.document).toMatchObject({ kind: 'cover-letter', provider: 'openai', model: 'gpt-5.4-mini', company: 'Acme' });
    expect(body.document.paragraphs).toEqual(LETTER.paragraphs);
    expect(body.usage.costUsd).toBeCloseTo((body.usage.inputTokens * 0.75 + body.usage.outputTokens * 4.5) / 1e6, 12);
    expect(anthropic.requests).toHaveLength(0);
    expect(openai.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
    expect(openai.requests[0]?.headers.authorization).toBe('Bearer sk-openai-worker-key');
  });

  it('answers a question, and says so with 422 when nothing can answer it', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'json', value: { answer: 'I built Go and Python services on Kubernetes at Zalando.' } });
    const res = await post('answer', token, { ...input, question: 'What is your strongest backend experience?' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ answer: 'I built Go and Python services on Kubernetes at Zalando.', unsupported: [] });

    const offline = await post('answer', token, { ...input, question: 'What is your favourite colour?', provider: 'offline' });
    expect(offline.status).toBe(422);
    expect(((await offline.json()) as ErrorBody).error.code).toBe('no_answer');
  });

  it('generates offline with zero tokens and zero cost', async () => {
    const { token } = await signUp(api);
    const body = await resume(token, { ...input, provider: 'offline' });
    expect(body.usage).toEqual({
      provider: 'offline',
      model: 'jobsmith-offline-1',
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      cached: false,
    });
    expect(body.unsupported).toEqual([]);
    expect(anthropic.requests.length + openai.requests.length).toBe(0);
  });
});

describe('generate: fallback chain', () => {
  it('retries a 500 once, then moves to the next provider', async () => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'status', status: 500 }, { kind: 'status', status: 529, message: 'Overloaded' });
    openai.script({ kind: 'json', value: RESUME });
    const body = await resume(token);
    expect(body.document.provider).toBe('openai');
    expect(body.fellBackFrom).toEqual(['anthropic']);
    expect(anthropic.requests).toHaveLength(2);
    expect((await callRows(user.id)).map((r) => `${r.provider}:${r.outcome}`)).toEqual(['anthropic:error', 'anthropic:error', 'openai:ok']);
  });

  it('recovers when the retry succeeds (429 then a reply)', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'status', status: 429, message: 'rate limited' }, { kind: 'json', value: RESUME });
    const body = await resume(token);
    expect(body.document.provider).toBe('anthropic');
    expect(body.fellBackFrom).toEqual([]);
  });

  it('gives up on a provider that hangs after the timeout and one retry', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'hang' }, { kind: 'hang' });
    openai.script({ kind: 'json', value: RESUME });
    const started = Date.now();
    const body = await resume(token);
    expect(body.document.provider).toBe('openai');
    expect(body.fellBackFrom).toEqual(['anthropic']);
    expect(anthropic.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('moves on from malformed JSON and from output that does not match the schema, without retrying', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'text', text: '{"summary": "Backend engineer", "skills": [' });
    openai.script({ kind: 'json', value: { summary: 'x', skills: 'Go', experience: [] } });
    const body = await resume(token);
    expect(body.document.provider).toBe('offline');
    expect(body.fellBackFrom).toEqual(['anthropic', 'openai']);
    expect(anthropic.requests).toHaveLength(1);
    expect(openai.requests).toHaveLength(1);
  });

  it.each([
    ['an invented employer', INVENTED_EMPLOYER, 'Google'],
    ['an inflated number', INFLATED_NUMBER, '30 million'],
    ['an added skill', ADDED_SKILL, 'Rust'],
  ])('never returns a resume with %s: the next provider or offline answers', async (_, fabricated, claim) => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'json', value: fabricated });
    openai.script({ kind: 'json', value: fabricated });
    const res = await post('resume', token, input);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result<TailoredResume>;
    expect(JSON.stringify(body.document)).not.toContain(claim);
    expect(body.document.provider).toBe('offline');
    // Both refused drafts are reported, each with the claim that sank it; `unsupported` lists their claims.
    expect(body.refused.map((r) => [r.provider, r.document])).toEqual([
      ['anthropic', 'resume'],
      ['openai', 'resume'],
    ]);
    for (const r of body.refused) expect(r.claims.map((c) => c.text).join(' ')).toContain(claim);
    expect(body.unsupported).toEqual(body.refused.flatMap((r) => r.claims));
    expect(body.fellBackFrom).toEqual(['anthropic', 'openai']);
    expect((await callRows(user.id)).map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'ok']);
    const cached = await withSql((sql) => sql`select count(*)::int as n from llm_cache where user_id = ${user.id}`);
    expect(cached[0]?.n).toBe(0);
  });

  it('rejects a cover letter that claims another employer and uses the next provider', async () => {
    const { token } = await signUp(api);
    anthropic.script({
      kind: 'json',
      value: { ...LETTER, paragraphs: [...LETTER.paragraphs, 'I also spent three years as a Staff Engineer at Stripe.'] },
    });
    openai.script({ kind: 'json', value: LETTER });
    const res = await post('cover-letter', token, input);
    const body = (await res.json()) as Result<CoverLetter>;
    expect(JSON.stringify(body.document)).not.toContain('Stripe');
    expect(body.document.provider).toBe('openai');
    expect(body.refused).toEqual([
      {
        provider: 'anthropic',
        model: expect.any(String),
        document: 'cover-letter',
        claims: expect.arrayContaining([expect.objectContaining({ kind: 'employer', text: 'Stripe' })]),
      },
    ]);
  });
});

describe('generate: cache', () => {
  it('serves an identical request from the cache without calling the provider', async () => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'json', value: RESUME });
    const first = await resume(token);
    // The same inputs with keys in another order are the same request.
    const reordered = { job: input.job, profile: Object.fromEntries(Object.entries(input.profile).reverse()) };
    const second = await resume(token, reordered);
    expect(anthropic.requests).toHaveLength(1);
    expect(second.document).toEqual(first.document);
    expect(second.usage).toEqual({
      provider: 'anthropic',
      model: 'claude-haiku-5-5',
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      cached: true,
    });
    const rows = await callRows(user.id);
    expect(rows.map((r) => r.cached)).toEqual([false, true]);
  });

  it("never serves one user's cached document to another", async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    anthropic.script(
      { kind: 'json', value: RESUME },
      { kind: 'json', value: { ...RESUME, summary: 'Backend engineer who ships Go services.' } },
    );
    await resume(alice.token);
    const bobs = await resume(bob.token);
    expect(anthropic.requests).toHaveLength(2);
    expect(bobs.usage.cached).toBe(false);
    expect(bobs.document.summary).toBe('Backend engineer who ships Go services.');
    const rows = await withSql((sql) => sql`select user_id from llm_cache where user_id in ${sql([alice.user.id, bob.user.id])}`);
    expect(rows).toHaveLength(2);
  });
});

describe('generate: limits', () => {
  it('refuses with 429 and Retry-After when the daily budget is spent; offline still works', async () => {
    const tight = testApi({ ...vars, LLM_DAILY_BUDGET_USD: '0.0001' });
    const { token } = await signUp(tight);
    anthropic.script({ kind: 'json', value: RESUME });
    expect((await post('resume', token, input, {}, tight)).status).toBe(200);
    const refused = await post('cover-letter', token, input, {}, tight);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.code).toBe('budget_exceeded');
    expect(body.error.requestId).toMatch(/.+/);
    expect(anthropic.requests).toHaveLength(1);
    expect((await post('cover-letter', token, { ...input, provider: 'offline' }, {}, tight)).status).toBe(200);
  });

  it("past the daily budget, the user's own key still writes, and the worker's keys are not used", async () => {
    const tight = testApi({ ...vars, LLM_DAILY_BUDGET_USD: '0.0001' });
    const { token } = await signUp(tight);
    anthropic.script({ kind: 'json', value: RESUME });
    expect((await post('resume', token, input, {}, tight)).status).toBe(200);
    expect((await post('cover-letter', token, input, {}, tight)).status).toBe(429);
    // The user's key fails: the chain goes to offline, not to the worker's Anthropic key.
    openai.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'json', value: LETTER });
    const headers = { 'x-provider': 'openai', 'x-provider-key': 'sk-user-own-key' };
    const failed = (await (await post('cover-letter', token, input, headers, tight)).json()) as Result<CoverLetter>;
    expect(failed.document.provider).toBe('offline');
    const written = (await (
      await post('cover-letter', token, { ...input, job: { ...job, title: 'Go Engineer' } }, headers, tight)
    ).json()) as Result<CoverLetter>;
    expect(written.document.provider).toBe('openai');
    expect(anthropic.requests).toHaveLength(1);
  });

  it('limits generation requests per minute, offline ones included', async () => {
    const limited = testApi({ ...vars, LLM_RATE_LIMIT_PER_MINUTE: '3' });
    const { token } = await signUp(limited);
    for (let i = 0; i < 3; i++) expect((await post('resume', token, { ...input, provider: 'offline' }, {}, limited)).status).toBe(200);
    const refused = await post('resume', token, { ...input, provider: 'offline' }, {}, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('rate_limited');
  });

  it('holds under a burst of parallel requests', async () => {
    const limited = testApi({ ...vars, LLM_RATE_LIMIT_PER_MINUTE: '3' });
    const { token } = await signUp(limited);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => post('resume', token, { ...input, provider: 'offline' }, {}, limited).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});

function sseEvents(text: string) {
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

describe('generate: streamed cover letter', () => {
  const stream = { accept: 'text/event-stream' };

  it('waits for a model that thinks longer than the silence timeout before its first word', async () => {
    const { token } = await signUp(api);
    // Five events (message start, the thinking block, the text block's start) 120 ms apart come
    // before the first word: 600 ms of no text against a 300 ms timeout, but never 300 ms of silence.
    anthropic.streamDelayMs = 120;
    try {
      anthropic.script({ kind: 'text', text: letterToText(LETTER), thinking: 800 });
      const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
      const done = events.at(-1)?.data as unknown as Result<CoverLetter>;
      expect(done.document.provider).toBe('anthropic');
      expect(events.filter((e) => e.event === 'delta').every((e) => (e.data.text as string).length > 0)).toBe(true);
    } finally {
      anthropic.streamDelayMs = 1;
    }
  });

  it('sends delta events as the model writes, then done with the verified letter', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'text', text: letterToText(LETTER) });
    const res = await post('cover-letter', token, input, stream);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = sseEvents(await res.text());
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.map((d) => d.data.text).join('')).toBe(letterToText(LETTER));
    expect(events.at(-1)?.event).toBe('done');
    const done = events.at(-1)?.data as unknown as Result<CoverLetter> & { replaced: boolean };
    expect(done.document).toMatchObject({ provider: 'anthropic', greeting: LETTER.greeting, paragraphs: LETTER.paragraphs });
    expect(done.replaced).toBe(false);
    expect(done.usage.outputTokens).toBeGreaterThan(20);
    expect(anthropic.requests[0]?.body.stream).toBe(true);
  });

  it('streams from OpenAI too, with usage from the final chunk', async () => {
    const { token } = await signUp(api);
    openai.script({ kind: 'text', text: letterToText(LETTER) });
    const res = await post('cover-letter', token, { ...input, provider: 'openai' }, stream);
    const events = sseEvents(await res.text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(5);
    const done = events.at(-1)?.data as unknown as Result<CoverLetter>;
    expect(done.document.provider).toBe('openai');
    expect(done.usage.inputTokens).toBeGreaterThan(500);
  });

  it('replaces a streamed letter that fails verification with the next provider’s, flagged', async () => {
    const { token } = await signUp(api);
    const invented = { ...LETTER, paragraphs: [...LETTER.paragraphs, 'I also led 12 engineers at Stripe.'] };
    anthropic.script({ kind: 'text', text: letterToText(invented) });
    openai.script({ kind: 'json', value: LETTER });
    const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    const result = done?.data as unknown as Result<CoverLetter> & { replaced: boolean };
    expect(result.replaced).toBe(true);
    expect(result.document.provider).toBe('openai');
    expect(JSON.stringify(result.document)).not.toContain('Stripe');
    expect(result.refused[0]?.claims).toContainEqual(expect.objectContaining({ kind: 'employer', text: 'Stripe' }));
    expect(result.fellBackFrom).toEqual(['anthropic']);
  });

  it('falls through a failing stream before any text to the next provider’s stream', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'status', status: 500 }, { kind: 'hang' });
    openai.script({ kind: 'text', text: letterToText(LETTER) });
    const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(5);
    const done = events.at(-1)?.data as unknown as Result<CoverLetter> & { replaced: boolean };
    expect(done.document.provider).toBe('openai');
    expect(done.replaced).toBe(false);
  });

  it('serves a cached letter as a single done event', async () => {
    const { token } = await signUp(api);
    anthropic.script({ kind: 'text', text: letterToText(LETTER) });
    await (await post('cover-letter', token, input, stream)).text();
    const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
    expect(events.map((e) => e.event)).toEqual(['done']);
    expect((events[0]?.data as unknown as Result<CoverLetter> | undefined)?.usage.cached).toBe(true);
    expect(anthropic.requests).toHaveLength(1);
  });
});

describe('generate: requests', () => {
  it('answers bad input with 400 in the error shape, not 500', async () => {
    const { token } = await signUp(api);
    const cases: Array<[unknown, Record<string, string>]> = [
      [{ profile: BACKEND_ENGINEER }, {}],
      [{ ...input, job: { ...job, url: 'javascript:alert(1)' } }, {}],
      [{ ...input, provider: 'gemini' }, {}],
      [input, { 'x-provider': 'anthropic' }],
      [input, { 'x-provider': 'mistral', 'x-provider-key': 'k' }],
    ];
    for (const [body, headers] of cases) {
      const res = await post('resume', token, body, headers);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('bad_request');
    }
    const answer = await post('answer', token, input);
    expect(answer.status).toBe(400);
    const malformed = await api.request('/v1/generate/resume', { ...json(null, token), body: '{"profile":' });
    expect(malformed.status).toBe(400);
  });

  it('requires a session', async () => {
    expect((await api.request('/v1/generate/resume', json(input))).status).toBe(401);
  });
});

describe("generate: the user's own key", () => {
  const userKey = 'sk-user-7f3a9c1e5b2d4f6a8c0e-SECRET';
  const logged: string[] = [];

  beforeEach(() => {
    logged.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('is used first for that request only and appears nowhere in the database, logs or responses', async () => {
    const { token, user } = await signUp(api);
    // The provider rejects it, echoing it as real APIs do; then a good call with it.
    openai.script({ kind: 'status', status: 401, message: `Incorrect API key provided: ${userKey}` }, { kind: 'json', value: RESUME });
    anthropic.script({ kind: 'json', value: RESUME });
    const headers = { 'x-provider': 'openai', 'x-provider-key': userKey };
    const failed = await post('resume', token, input, headers);
    const failedText = await failed.text();
    expect(failed.status).toBe(200);
    expect(JSON.parse(failedText)).toMatchObject({ fellBackFrom: ['openai'], document: { provider: 'anthropic' } });
    const ok = await post('resume', token, { ...input, job: { ...job, title: 'Backend Engineer' } }, headers);
    const okText = await ok.text();
    expect(JSON.parse(okText)).toMatchObject({ document: { provider: 'openai' } });
    expect(openai.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${userKey}`, `Bearer ${userKey}`]);
    // The next request without it uses the worker's key again.
    openai.script({ kind: 'json', value: RESUME });
    await post('resume', token, { ...input, provider: 'openai', job: { ...job, title: 'Go Engineer' } });
    expect(openai.requests.at(-1)?.headers.authorization).toBe('Bearer sk-openai-worker-key');

    const secretPart = userKey.slice(8, 28);
    for (const text of [failedText, okText, ...logged]) expect(text).not.toContain(secretPart);
    const dump = await withSql(async (sql) => {
      const tables = await sql`select table_name from information_schema.tables where table_schema = 'public'`;
      const texts: string[] = [];
      for (const { table_name } of tables) {
        const rows = await sql`select row_to_json(t)::text as row from ${sql(table_name as string)} t`;
        texts.push(...rows.map((r) => r.row as string));
      }
      return texts.join('\n');
    });
    expect(dump).toContain(user.id);
    expect(dump).not.toContain(secretPart);
    const rows = await withSql(
      (sql) =>
        sql`select user_key from llm_calls where user_id = ${user.id} and provider = 'openai' and outcome <> 'requested' order by created_at`,
    );
    expect(rows.map((r) => r.user_key)).toEqual([true, true, false]);
  });
});
