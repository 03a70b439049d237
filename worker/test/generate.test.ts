/** Generation by each provider and offline, its cache, and the requests it refuses. */
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import type { CoverLetter } from '../../shared/tailor/schema.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { callRows, generateApiPerFile, type Result } from './generate-api.ts';
import { json, signUp, withSql } from './harness.ts';
import { input, job, LETTER, RESUME } from './sample-drafts.ts';

const { anthropic, openai, post, resume, api } = generateApiPerFile();

describe('generate: providers', () => {
  it('tailors a resume with Anthropic (structured output), recording tokens and cost', async () => {
    const { token, user } = await signUp(api());
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
    const { token } = await signUp(api());
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
    const { token } = await signUp(api());
    anthropic.script({ kind: 'json', value: { answer: 'I built Go and Python services on Kubernetes at Zalando.' } });
    const res = await post('answer', token, { ...input, question: 'What is your strongest backend experience?' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ answer: 'I built Go and Python services on Kubernetes at Zalando.', unsupported: [] });

    const offline = await post('answer', token, { ...input, question: 'What is your favourite colour?', provider: 'offline' });
    expect(offline.status).toBe(422);
    expect(((await offline.json()) as ErrorBody).error.code).toBe('no_answer');
  });

  it('generates offline with zero tokens and zero cost', async () => {
    const { token } = await signUp(api());
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

describe('generate: cache', () => {
  it('serves an identical request from the cache without calling the provider', async () => {
    const { token, user } = await signUp(api());
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
    const alice = await signUp(api());
    const bob = await signUp(api());
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

describe('generate: requests', () => {
  it('answers bad input with 400 in the error shape, not 500', async () => {
    const { token } = await signUp(api());
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
    const malformed = await api().request('/v1/generate/resume', { ...json(null, token), body: '{"profile":' });
    expect(malformed.status).toBe(400);
  });

  it('requires a session', async () => {
    expect((await api().request('/v1/generate/resume', json(input))).status).toBe(401);
  });
});
