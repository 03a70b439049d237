import OpenAI from 'openai';
import type { z } from 'zod';
import type { ProviderOptions } from './anthropic.ts';
import { parseReply } from './json-reply.ts';
import type { LlmProvider, Prompt, Task, TokenUsage } from './types.ts';

/** OpenAI through Chat Completions; structured replies through the JSON response format. */
export function openaiProvider(options: ProviderOptions): LlmProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL || null,
    // The chain owns retries and timeouts, so one policy applies to every provider.
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
  });
  const usageOf = (u: { prompt_tokens: number; completion_tokens: number } | null | undefined): TokenUsage => ({
    inputTokens: u?.prompt_tokens ?? 0,
    outputTokens: u?.completion_tokens ?? 0,
  });

  return {
    name: 'openai',
    model: options.model,
    async generate<T>(_task: Task, prompt: Prompt, schema: z.ZodType<T>, signal: AbortSignal) {
      const completion = await client.chat.completions.create(
        {
          model: options.model,
          max_completion_tokens: prompt.maxTokens,
          messages: [
            { role: 'developer', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          response_format: { type: 'json_object' },
        },
        { signal },
      );
      const usage = usageOf(completion.usage);
      return { data: parseReply(completion.choices[0]?.message.content ?? '', schema, usage), usage };
    },
    async *stream(_task: Task, prompt: Prompt, signal: AbortSignal) {
      const chunks = await client.chat.completions.create(
        {
          model: options.model,
          max_completion_tokens: prompt.maxTokens,
          messages: [
            { role: 'developer', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          stream: true,
          stream_options: { include_usage: true },
        },
        { signal },
      );
      let usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
      for await (const chunk of chunks) {
        const text = chunk.choices[0]?.delta.content;
        if (text) yield text;
        if (chunk.usage) usage = usageOf(chunk.usage);
      }
      return usage;
    },
  };
}
