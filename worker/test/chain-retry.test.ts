import { describe, expect, it } from 'vitest';
import { AnswerDraft } from '../../shared/tailor/schema.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { anthropicProvider } from '../src/llm/anthropic.ts';
import { type Attempt, type ChainEntry, MAX_RETRY_WAIT_MS, type RetryPolicy, runChain } from '../src/llm/chain.ts';
import { openaiProvider } from '../src/llm/openai.ts';
import { buildPrompt } from '../src/llm/prompts.ts';
import { retryAfterMs } from '../src/llm/retry-after.ts';
import { fakeLlmsPerFile, json, signUp, testApi } from './harness.ts';

/**
 * The chain's retry against the real SDKs and fakes that answer 429 and 529 with retry-after as
 * the real APIs do: the wait asked for is honoured when it is short and fits the time left,
 * otherwise the chain moves on to the next provider. Waits are recorded, never slept.
 */

const job = sampleCapture({ title: 'Backend Engineer', company: 'Acme', descriptionHtml: '<p>Go and Kubernetes.</p>' });
const input = { profile: BACKEND_ENGINEER, job, question: 'Why do you want to work here?' };
const prompt = buildPrompt('answer', input);
const ANSWER = { answer: 'I build Go services on Kubernetes, which is the work this team does.' };

const { anthropic, openai, vars } = fakeLlmsPerFile();

function chain(): ChainEntry[] {
  const options = { apiKey: 'k', timeoutMs: 5000 };
  return [
    { provider: anthropicProvider({ ...options, model: 'claude-haiku-5-5', baseURL: anthropic.url }), userKey: false },
    { provider: openaiProvider({ ...options, model: 'gpt-5.4-mini', baseURL: openai.url }), userKey: false },
  ];
}

async function run(retry: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const attempts: Attempt[] = [];
  const result = await runChain(
    chain(),
    {
      onAttempt: async (a) => void attempts.push(a),
      retry: { wait: async (ms) => void waits.push(ms), ...retry },
    },
    async (entry) => {
      const { data, usage } = await entry.provider.generate('answer', prompt, AnswerDraft, AbortSignal.timeout(5000));
      return { result: data.answer, unsupported: [], usage };
    },
  );
  return { result, waits, outcomes: attempts.map((a) => `${a.entry.provider.name}:${a.outcome}${a.detail ? ` ${a.detail}` : ''}`) };
}

describe('retry-after on 429 and 529', () => {
  it('waits as long as a 429 asks, then retries the same provider', async () => {
    anthropic.script(
      { kind: 'status', status: 429, message: 'rate limited', headers: { 'retry-after': '2' } },
      { kind: 'json', value: ANSWER },
    );
    const { result, waits, outcomes } = await run();
    expect(waits).toEqual([2000]);
    expect(result?.entry.provider.name).toBe('anthropic');
    expect(outcomes).toEqual(['anthropic:error http 429', 'anthropic:ok']);
  });

  it('an overloaded provider (529) gets its wait and one retry, then the chain falls through to the next', async () => {
    const overloaded = { kind: 'status', status: 529, message: 'Overloaded', headers: { 'retry-after': '1' } } as const;
    anthropic.script(overloaded, overloaded);
    openai.script({ kind: 'json', value: ANSWER });
    const { result, waits, outcomes } = await run();
    expect(waits).toEqual([1000]);
    expect(result?.entry.provider.name).toBe('openai');
    expect(result?.fellBackFrom).toEqual(['anthropic']);
    expect(outcomes).toEqual(['anthropic:error http 529', 'anthropic:error http 529', 'openai:ok']);
  });

  it('a provider that asks for longer than the policy allows is not retried early: the next one answers at once', async () => {
    anthropic.script({ kind: 'status', status: 429, headers: { 'retry-after': '30' } });
    openai.script({ kind: 'json', value: ANSWER });
    const { result, waits } = await run();
    expect(waits).toEqual([]);
    expect(anthropic.requests).toHaveLength(1);
    expect(result?.entry.provider.name).toBe('openai');
  });

  it('never waits past the time the generation has left', async () => {
    anthropic.script({ kind: 'status', status: 429, headers: { 'retry-after': '2' } });
    openai.script({ kind: 'json', value: ANSWER });
    const { result, waits } = await run({ deadline: Date.now() + 1000 });
    expect(waits).toEqual([]);
    expect(anthropic.requests).toHaveLength(1);
    expect(result?.entry.provider.name).toBe('openai');
  });

  it('reads retry-after-ms before retry-after (OpenAI), and an HTTP date', async () => {
    openai.script(
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '1500', 'retry-after': '2' } },
      { kind: 'json', value: ANSWER },
    );
    const first = await run({});
    // Anthropic has nothing scripted (500, retried at once); OpenAI asked for 1.5 s.
    expect(first.waits).toEqual([1500]);
    expect(first.result?.entry.provider.name).toBe('openai');

    const inThreeSeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000).toUTCString();
    anthropic.script({ kind: 'status', status: 429, headers: { 'retry-after': inThreeSeconds } }, { kind: 'json', value: ANSWER });
    const second = await run();
    expect(second.waits).toHaveLength(1);
    expect(second.waits[0]).toBeGreaterThan(1000);
    expect(second.waits[0]).toBeLessThanOrEqual(MAX_RETRY_WAIT_MS);
  });

  it('without retry-after a transient failure is retried at once; invalid output is not retried', async () => {
    anthropic.script({ kind: 'status', status: 500 }, { kind: 'text', text: 'not json' });
    openai.script({ kind: 'json', value: ANSWER });
    const { waits, outcomes } = await run();
    expect(waits).toEqual([]);
    expect(outcomes).toEqual(['anthropic:error http 500', 'anthropic:invalid invalid output', 'openai:ok']);
  });

  it('parses the header forms and ignores what is not a delay', () => {
    const error = (headers: Record<string, string>) => ({ status: 429, headers: new Headers(headers) });
    expect(retryAfterMs(error({ 'retry-after': '3' }), 0)).toBe(3000);
    expect(retryAfterMs(error({ 'retry-after': '0' }), 0)).toBe(0);
    expect(retryAfterMs(error({ 'retry-after-ms': '250.5' }), 0)).toBe(250.5);
    expect(retryAfterMs(error({ 'retry-after': 'Thu, 01 Jan 1970 00:00:10 GMT' }), 4000)).toBe(6000);
    expect(retryAfterMs(error({ 'retry-after': 'soon' }), 0)).toBeUndefined();
    expect(retryAfterMs(error({}), 0)).toBeUndefined();
    expect(retryAfterMs(new Error('no headers'), 0)).toBeUndefined();
  });
});

describe('through the API', () => {
  it('a 429 asking for 30 s moves the generation to the next provider without sleeping', async () => {
    const api = testApi(vars());
    const { token } = await signUp(api);
    anthropic.script({ kind: 'status', status: 429, message: 'rate limited', headers: { 'retry-after': '30' } });
    openai.script({ kind: 'json', value: ANSWER });
    const res = await api.request('/v1/generate/answer', json(input, token));
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { fellBackFrom: string[]; usage: { provider: string } };
    expect(body.usage.provider).toBe('openai');
    expect(body.fellBackFrom).toEqual(['anthropic']);
    expect(anthropic.requests).toHaveLength(1);
  });
});
