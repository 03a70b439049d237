/** The streamed cover letter: delta events as the model writes, then the verified letter, replaced when it fails. */
import { describe, expect, it } from 'vitest';
import type { CoverLetter } from '../../shared/tailor/schema.ts';
import { letterToText } from '../src/llm/letter-text.ts';
import { generateApiPerFile, type Result } from './generate-api.ts';
import { signUp } from './harness.ts';
import { input, LETTER } from './sample-drafts.ts';

const { anthropic, openai, post, api } = generateApiPerFile();

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
    const { token } = await signUp(api());
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
    const { token } = await signUp(api());
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
    const { token } = await signUp(api());
    openai.script({ kind: 'text', text: letterToText(LETTER) });
    const res = await post('cover-letter', token, { ...input, provider: 'openai' }, stream);
    const events = sseEvents(await res.text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(5);
    const done = events.at(-1)?.data as unknown as Result<CoverLetter>;
    expect(done.document.provider).toBe('openai');
    expect(done.usage.inputTokens).toBeGreaterThan(500);
  });

  it('replaces a streamed letter that fails verification with the next provider’s, flagged', async () => {
    const { token } = await signUp(api());
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
    const { token } = await signUp(api());
    anthropic.script({ kind: 'status', status: 500 }, { kind: 'hang' });
    openai.script({ kind: 'text', text: letterToText(LETTER) });
    const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(5);
    const done = events.at(-1)?.data as unknown as Result<CoverLetter> & { replaced: boolean };
    expect(done.document.provider).toBe('openai');
    expect(done.replaced).toBe(false);
  });

  it('serves a cached letter as a single done event', async () => {
    const { token } = await signUp(api());
    anthropic.script({ kind: 'text', text: letterToText(LETTER) });
    await (await post('cover-letter', token, input, stream)).text();
    const events = sseEvents(await (await post('cover-letter', token, input, stream)).text());
    expect(events.map((e) => e.event)).toEqual(['done']);
    expect((events[0]?.data as unknown as Result<CoverLetter> | undefined)?.usage.cached).toBe(true);
    expect(anthropic.requests).toHaveLength(1);
  });
});
