import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type { z } from 'zod';
import { parseReply } from './json-reply.ts';
import { anthropicReasoning } from './reasoning.ts';
import { type ProviderOptions, sdkOptions } from './sdk-options.ts';
import { estimateTokens, IncompleteStream, InvalidOutput, type LlmProvider, type Prompt, type Task, type TokenUsage } from './types.ts';

/** A reply the model finished, or InvalidOutput: cut off at max_tokens, refused, or stopped for any other reason. */
function finished(stopReason: string | null | undefined, usage: TokenUsage): void {
  if (stopReason === 'end_turn' || stopReason === 'stop_sequence') return;
  if (stopReason === 'max_tokens' || stopReason === 'model_context_window_exceeded') {
    throw new InvalidOutput('reply cut off at the token limit', usage, 'max_tokens');
  }
  if (stopReason === 'refusal') throw new InvalidOutput('the model declined', usage, 'refusal');
  throw new InvalidOutput(`reply stopped: ${stopReason ?? 'no stop reason'}`, usage, 'other');
}

/** Claude through the Messages API; structured replies through structured outputs (`output_config.format`). */
export function anthropicProvider(options: ProviderOptions): LlmProvider {
  const client = new Anthropic(sdkOptions(options));
  const usageOf = (u: { input_tokens?: number | null; output_tokens?: number | null } | undefined): TokenUsage => ({
    inputTokens: u?.input_tokens ?? 0,
    outputTokens: u?.output_tokens ?? 0,
  });
  const request = (task: Task, prompt: Prompt, format?: ReturnType<typeof zodOutputFormat>) => {
    const { thinking, effort } = anthropicReasoning(options.model, task);
    const outputConfig = { ...(effort && { effort }), ...(format && { format }) };
    return {
      model: options.model,
      // Thinking counts against it: prompts.ts sizes it for the reply and the task's thinking.
      max_tokens: prompt.maxTokens,
      system: prompt.system,
      messages: [{ role: 'user' as const, content: prompt.user }],
      ...(thinking && { thinking }),
      ...(Object.keys(outputConfig).length > 0 && { output_config: outputConfig }),
    };
  };

  return {
    name: 'anthropic',
    model: options.model,
    async generate<T>(task: Task, prompt: Prompt, schema: z.ZodType<T>, signal: AbortSignal) {
      // Structured outputs: the reply is JSON constrained to the schema (still validated below).
      const message = await client.messages.create(request(task, prompt, zodOutputFormat(schema)), { signal });
      const usage = usageOf(message.usage);
      finished(message.stop_reason, usage);
      // A thinking block may come first: the reply is the text blocks.
      const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
      return { data: parseReply(text, schema, usage), usage };
    },
    async *stream(task: Task, prompt: Prompt, signal: AbortSignal) {
      const events = await client.messages.create({ ...request(task, prompt), stream: true }, { signal });
      const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
      let started = false;
      let stopReason: string | null = null;
      let finalUsage = false;
      let stopped = false;
      let chars = 0;
      for await (const event of events) {
        if (event.type === 'message_start') {
          Object.assign(usage, usageOf(event.message.usage));
          started = true;
        } else if (event.type === 'content_block_delta') {
          if (event.delta.type === 'text_delta') {
            chars += event.delta.text.length;
            yield event.delta.text;
          } else if (event.delta.type === 'thinking_delta') {
            chars += event.delta.thinking.length;
            // No text, but the model is working: the caller's silence timer starts again.
            yield '';
          }
        } else if (event.type === 'message_delta') {
          stopReason = event.delta.stop_reason;
          finalUsage = true;
          usage.outputTokens = event.usage.output_tokens;
          if (event.usage.input_tokens) usage.inputTokens = event.usage.input_tokens;
        } else if (event.type === 'message_stop') stopped = true;
        // Pings and block starts while the model thinks (its text omitted) are signs of life too.
        else yield '';
      }
      if (!finalUsage || !stopped) {
        // What the provider has not counted yet is estimated, so a stalled call is not recorded as free.
        if (!started) usage.inputTokens = estimateTokens(prompt.system.length + prompt.user.length);
        if (!finalUsage) usage.outputTokens = Math.max(usage.outputTokens, estimateTokens(chars));
        throw new IncompleteStream(finalUsage ? 'message_stop' : 'the final message_delta', usage);
      }
      finished(stopReason, usage);
      return usage;
    },
  };
}
