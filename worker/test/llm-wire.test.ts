import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverLetter } from '../../shared/tailor/schema.ts';
import { LetterDraft as LetterDraftSchema, ResumeDraft as ResumeDraftSchema } from '../../shared/tailor/schema.ts';
import { anthropicProvider } from '../src/llm/anthropic.ts';
import { letterToText } from '../src/llm/letter-text.ts';
import { openaiProvider } from '../src/llm/openai.ts';
import { buildLetterTextPrompt, buildPrompt, THINKING_ROOM } from '../src/llm/prompts.ts';
import { EFFORT } from '../src/llm/reasoning.ts';
import { IncompleteStream, InvalidOutput, type LlmProvider, type Task, type TokenUsage } from '../src/llm/types.ts';
import { chunksOf, tokensFor } from './fake-llm-wire.ts';
import { fakeLlmsPerFile, json, signUp, type TestApi, testApi, withSql } from './harness.ts';
import { input, LETTER, RESUME } from './sample-drafts.ts';

/**
 * The provider code against fakes that behave as the real APIs do: thinking before the text,
 * replies cut off at the token limit, streams that stall, and 429/529 with retry-after.
 */

const LETTER_TEXT = letterToText(LETTER);

const { anthropic, openai, vars } = fakeLlmsPerFile();

const claude = (model = 'claude-haiku-5-5') => anthropicProvider({ apiKey: 'sk-ant-test', model, baseURL: anthropic.url, timeoutMs: 5000 });
const gpt = (model = 'gpt-5.4-mini') => openaiProvider({ apiKey: 'sk-test', model, baseURL: openai.url, timeoutMs: 5000 });

/**
 * Reads a streamed letter as the worker does. `abortAfter` aborts the request once that many
 * chunks have arrived, as the worker's between-chunks timeout does when a stream stalls.
 */
async function read(provider: LlmProvider, options: { abortAfter?: number; task?: Task } = {}) {
  const controller = new AbortController();
  const chunks = provider.stream(options.task ?? 'cover-letter', buildLetterTextPrompt(input), controller.signal);
  const texts: string[] = [];
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) return { texts, usage: next.value as TokenUsage, error: undefined };
      // An empty string is a sign of life (thinking, a ping), not text: the service only restarts its timer on it.
      if (!next.value) continue;
      texts.push(next.value);
      if (texts.length === options.abortAfter) controller.abort();
    }
  } catch (error) {
    return { texts, usage: undefined, error };
  }
}

function incomplete(error: unknown): IncompleteStream {
  expect(error).toBeInstanceOf(IncompleteStream);
  return error as IncompleteStream;
}

function cutOff(error: unknown): InvalidOutput {
  expect(error).toBeInstanceOf(InvalidOutput);
  expect((error as InvalidOutput).cutOff).toBe('max_tokens');
  return error as InvalidOutput;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('a stream that stalls is interrupted, not finished', () => {
  it('Anthropic: whole streams still end with the usage of message_delta', async () => {
    anthropic.script({ kind: 'text', text: LETTER_TEXT });
    const { texts, usage, error } = await read(claude());
    expect(error).toBeUndefined();
    expect(texts.join('')).toBe(LETTER_TEXT);
    expect(usage).toEqual({ inputTokens: expect.any(Number), outputTokens: tokensFor(LETTER_TEXT) });
  });

  it('Anthropic: stalled after some deltas and aborted by our timeout (the SDK ends quietly), it throws with the tokens seen', async () => {
    anthropic.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 3 } });
    const { texts, error } = await read(claude(), { abortAfter: 3 });
    expect(texts).toEqual(chunksOf(LETTER_TEXT).slice(0, 3));
    const stalled = incomplete(error);
    expect(stalled.message).toContain('message_delta');
    // Input tokens from message_start; output estimated from the text received.
    expect(stalled.usage.inputTokens).toBeGreaterThan(500);
    expect(stalled.usage.outputTokens).toBe(Math.ceil(texts.join('').length / 4));
  });

  it('Anthropic: a body that ends cleanly without message_stop is not a whole reply either', async () => {
    anthropic.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 'text', close: true } });
    const { texts, error } = await read(claude());
    expect(texts.join('')).toBe(LETTER_TEXT);
    incomplete(error);
  });

  it('Anthropic: the final usage without message_stop is recorded as it was counted', async () => {
    anthropic.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 'finish', close: true } });
    const stalled = incomplete((await read(claude())).error);
    expect(stalled.message).toContain('message_stop');
    expect(stalled.usage.outputTokens).toBe(tokensFor(LETTER_TEXT));
  });

  it('OpenAI: whole streams end with the usage chunk', async () => {
    openai.script({ kind: 'text', text: LETTER_TEXT });
    const { texts, usage, error } = await read(gpt());
    expect(error).toBeUndefined();
    expect(texts.join('')).toBe(LETTER_TEXT);
    expect(usage?.outputTokens).toBe(tokensFor(LETTER_TEXT));
    expect(openai.requests[0]?.body.stream_options).toEqual({ include_usage: true });
  });

  it('OpenAI: stalled after some deltas and aborted, it throws with estimated tokens (OpenAI counts only at the end)', async () => {
    openai.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 2 } });
    const { texts, error } = await read(gpt(), { abortAfter: 2 });
    expect(texts).toHaveLength(2);
    const stalled = incomplete(error);
    expect(stalled.message).toContain('finish_reason');
    const prompt = buildLetterTextPrompt(input);
    expect(stalled.usage).toEqual({
      inputTokens: Math.ceil((prompt.system.length + prompt.user.length) / 4),
      outputTokens: Math.ceil(texts.join('').length / 4),
    });
  });

  it('OpenAI: a finish_reason without the usage chunk is incomplete (the spend would go unrecorded)', async () => {
    openai.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 'finish', close: true } });
    const { texts, error } = await read(gpt());
    expect(texts.join('')).toBe(LETTER_TEXT);
    expect(incomplete(error).message).toContain('usage');
  });
});

describe('thinking before the answer, and replies cut off at the limit', () => {
  it('Anthropic: adaptive thinking at the task’s effort, a limit with room for it; the thinking block before the text is skipped', async () => {
    anthropic.script({ kind: 'json', value: RESUME, thinking: 3000 });
    const prompt = buildPrompt('resume', input);
    const { data, usage } = await claude().generate('resume', prompt, ResumeDraftSchema, AbortSignal.timeout(5000));
    expect(data).toEqual(RESUME);
    expect(usage.outputTokens).toBe(3000 + tokensFor(JSON.stringify(RESUME)));
    const body = anthropic.requests[0]?.body;
    expect(body?.thinking).toEqual({ type: 'adaptive', display: 'omitted' });
    expect(body?.output_config).toMatchObject({ effort: 'medium', format: { type: 'json_schema' } });
    expect(body?.max_tokens).toBe(prompt.maxTokens);
  });

  it('Anthropic: a reply the thinking left no room for stops at max_tokens and is refused, as JSON and streamed', async () => {
    const prompt = buildPrompt('cover-letter', input);
    anthropic.script({ kind: 'json', value: LETTER, thinking: prompt.maxTokens - 10 });
    const error = cutOff(await rejection(claude().generate('cover-letter', prompt, LetterDraftSchema, AbortSignal.timeout(5000))));
    expect(error.usage.outputTokens).toBe(prompt.maxTokens);

    const letterPrompt = buildLetterTextPrompt(input);
    anthropic.script({ kind: 'text', text: LETTER_TEXT, thinking: letterPrompt.maxTokens - 20 });
    const streamed = await read(claude());
    // Part of the letter arrived before the stop: it is still refused.
    expect(streamed.texts.join('')).toBe(LETTER_TEXT.slice(0, 80));
    expect(cutOff(streamed.error).usage.outputTokens).toBe(letterPrompt.maxTokens);
    expect(anthropic.requests[1]?.body.output_config).toEqual({ effort: 'low' });
  });

  it('Anthropic: a model without adaptive thinking is not sent thinking or effort', async () => {
    anthropic.script({ kind: 'text', text: LETTER_TEXT });
    expect((await read(claude('claude-haiku-4-5'))).error).toBeUndefined();
    const body = anthropic.requests[0]?.body ?? {};
    expect('thinking' in body || 'output_config' in body).toBe(false);
  });

  it('OpenAI: reasoning_effort per task and max_completion_tokens (never max_tokens); a `length` finish is refused', async () => {
    const prompt = buildPrompt('resume', input);
    openai.script({ kind: 'json', value: RESUME, thinking: 5000 }, { kind: 'json', value: RESUME, thinking: prompt.maxTokens - 10 });
    const { usage } = await gpt().generate('resume', prompt, ResumeDraftSchema, AbortSignal.timeout(5000));
    expect(usage.outputTokens).toBe(5000 + tokensFor(JSON.stringify(RESUME)));
    expect(openai.requests[0]?.body).toMatchObject({ reasoning_effort: 'medium', max_completion_tokens: prompt.maxTokens });
    expect(openai.requests[0]?.body).not.toHaveProperty('max_tokens');
    cutOff(await rejection(gpt().generate('resume', prompt, ResumeDraftSchema, AbortSignal.timeout(5000))));
  });

  it('OpenAI: a streamed letter that ends with finish_reason `length` is refused after its text arrived', async () => {
    const prompt = buildLetterTextPrompt(input);
    openai.script({ kind: 'text', text: LETTER_TEXT, thinking: prompt.maxTokens - 30 });
    const { texts, error } = await read(gpt());
    expect(texts.join('')).toBe(LETTER_TEXT.slice(0, 120));
    cutOff(error);
    expect(openai.requests[0]?.body.reasoning_effort).toBe('low');
  });

  it('OpenAI: an older chat model is not sent reasoning_effort (the API refuses it)', async () => {
    openai.script({ kind: 'json', value: LETTER });
    const { data } = await gpt('gpt-4.1-mini').generate(
      'cover-letter',
      buildPrompt('cover-letter', input),
      LetterDraftSchema,
      AbortSignal.timeout(5000),
    );
    expect(data).toEqual(LETTER);
    expect(openai.requests[0]?.body).not.toHaveProperty('reasoning_effort');
  });

  it('every task’s limit holds its reply and the thinking its effort may take', () => {
    for (const task of ['resume', 'cover-letter', 'answer', 'interview-feedback'] as const) {
      const prompt = buildPrompt(task, { ...input, question: 'Why us?', answer: 'Because.' });
      expect(prompt.maxTokens - THINKING_ROOM[EFFORT[task]]).toBeGreaterThanOrEqual(1200);
    }
    expect(buildLetterTextPrompt(input).maxTokens).toBe(buildPrompt('cover-letter', input).maxTokens);
  });
});

describe('through the API: no cut-off letter is saved as final, and its spend is recorded', () => {
  let api: TestApi;
  beforeAll(() => {
    api = testApi(vars({ LLM_TIMEOUT_MS: '300' }));
  });

  const rows = (userId: string) =>
    withSql(
      (sql) =>
        sql`select provider, outcome, input_tokens, output_tokens, cost_usd from llm_calls where user_id = ${userId} and outcome <> 'requested' order by created_at, id`,
    );

  async function streamLetter(token: string) {
    const init = json(input, token);
    const res = await api.request('/v1/generate/cover-letter', {
      ...init,
      headers: { ...(init.headers as Record<string, string>), accept: 'text/event-stream' },
    });
    const blocks = (await res.text()).split('\n\n').filter((b) => b.trim());
    return blocks.map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message',
      data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as Record<string, unknown>,
    }));
  }

  it('a letter stream that stalls mid-letter is replaced by the next provider’s, and the stalled call’s tokens are recorded', async () => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'text', text: LETTER_TEXT, stall: { after: 4 } });
    openai.script({ kind: 'json', value: LETTER });
    const events = await streamLetter(token);
    expect(events.filter((e) => e.event === 'delta')).toHaveLength(4);
    const done = events.at(-1);
    expect(done?.event).toBe('done');
    const result = done?.data as unknown as { document: CoverLetter; replaced: boolean; fellBackFrom: string[] };
    expect(result.replaced).toBe(true);
    expect(result.document.provider).toBe('openai');
    expect(result.fellBackFrom).toEqual(['anthropic']);
    const [stalled, ok] = await rows(user.id);
    expect(stalled).toMatchObject({ provider: 'anthropic', outcome: 'error' });
    expect(stalled?.input_tokens).toBeGreaterThan(500);
    expect(stalled?.output_tokens).toBeGreaterThan(0);
    expect(Number(stalled?.cost_usd)).toBeGreaterThan(0);
    expect(ok).toMatchObject({ provider: 'openai', outcome: 'ok' });
  });

  it('a letter cut off at max_tokens is refused as invalid (no retry) and replaced', async () => {
    const { token, user } = await signUp(api);
    anthropic.script({ kind: 'text', text: LETTER_TEXT, thinking: buildLetterTextPrompt(input).maxTokens - 20 });
    openai.script({ kind: 'json', value: LETTER });
    const events = await streamLetter(token);
    const result = events.at(-1)?.data as unknown as { document: CoverLetter; replaced: boolean };
    expect(result.replaced).toBe(true);
    expect(result.document.provider).toBe('openai');
    expect((await rows(user.id)).map((r) => `${r.provider}:${r.outcome}`)).toEqual(['anthropic:invalid', 'openai:ok']);
    expect(anthropic.requests).toHaveLength(1);
  });
});
