import Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import type { z } from 'zod';
import { parseReply } from './json-reply.ts';
import type { LlmProvider, Prompt, Task, TokenUsage } from './types.ts';

export interface ProviderOptions {
  apiKey: string;
  model: string;
  baseURL?: string | undefined;
  timeoutMs: number;
}

/** Claude through the Messages API; structured replies through structured outputs (`output_config.format`). */
export function anthropicProvider(options: ProviderOptions): LlmProvider {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL || null,
    // The chain owns retries and timeouts, so one policy applies to every provider.
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
  });
  const usageOf = (u: { input_tokens?: number | null; output_tokens?: number | null } | undefined): TokenUsage => ({
    inputTokens: u?.input_tokens ?? 0,
    outputTokens: u?.output_tokens ?? 0,
  });

  return {
    name: 'anthropic',
    model: options.model,
    async generate<T>(_task: Task, prompt: Prompt, schema: z.ZodType<T>, signal: AbortSignal) {
      const message = await client.messages.create(
        {
          model: options.model,
          max_tokens: prompt.maxTokens,
          system: prompt.system,
          messages: [{ role: 'user', content: prompt.user }],
          // Structured outputs: the reply is JSON constrained to the schema (still validated below).
          output_config: { format: zodOutputFormat(schema) },
        },
        { signal },
      );
      const usage = usageOf(message.usage);
      const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
      return { data: parseReply(text, schema, usage), usage };
    },
    async *stream(_task: Task, prompt: Prompt, signal: AbortSignal) {
      const events = await client.messages.create(
        {
          model: options.model,
          max_tokens: prompt.maxTokens,
          system: prompt.system,
          messages: [{ role: 'user', content: prompt.user }],
          stream: true,
        },
        { signal },
      );
      const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
      for await (const event of events) {
        if (event.type === 'message_start') Object.assign(usage, usageOf(event.message.usage));
        else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') yield event.delta.text;
        else if (event.type === 'message_delta') {
          usage.outputTokens = event.usage.output_tokens;
          if (event.usage.input_tokens) usage.inputTokens = event.usage.input_tokens;
        }
      }
      return usage;
    },
  };
}
