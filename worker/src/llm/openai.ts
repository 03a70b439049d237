import OpenAI from 'openai';
import type { z } from 'zod';
import { parseReply } from './json-reply.ts';
import { openaiReasoning } from './reasoning.ts';
import { type ProviderOptions, sdkOptions } from './sdk-options.ts';
import { estimateTokens, IncompleteStream, InvalidOutput, type LlmProvider, type Prompt, type Task, type TokenUsage } from './types.ts';

/** A reply the model finished, or InvalidOutput: cut off at the limit (`length`), filtered, or stopped for any other reason. */
function finished(finishReason: string | null | undefined, usage: TokenUsage): void {
  if (finishReason === 'stop') return;
  if (finishReason === 'length') throw new InvalidOutput('reply cut off at the token limit', usage, 'max_tokens');
  if (finishReason === 'content_filter') throw new InvalidOutput('the reply was filtered', usage, 'refusal');
  throw new InvalidOutput(`reply stopped: ${finishReason ?? 'no finish reason'}`, usage, 'other');
}

/** OpenAI through Chat Completions; structured replies through the JSON response format. */
export function openaiProvider(options: ProviderOptions): LlmProvider {
  const client = new OpenAI(sdkOptions(options));
  const usageOf = (u: { prompt_tokens: number; completion_tokens: number } | null | undefined): TokenUsage => ({
    inputTokens: u?.prompt_tokens ?? 0,
    outputTokens: u?.completion_tokens ?? 0,
  });
  const request = (task: Task, prompt: Prompt) => ({
    model: options.model,
    // Reasoning tokens count against it: prompts.ts sizes it for the reply and the task's reasoning.
    max_completion_tokens: prompt.maxTokens,
    ...openaiReasoning(options.model, task),
    messages: [
      { role: 'developer' as const, content: prompt.system },
      { role: 'user' as const, content: prompt.user },
    ],
  });

  return {
    name: 'openai',
    model: options.model,
    async generate<T>(task: Task, prompt: Prompt, schema: z.ZodType<T>, signal: AbortSignal) {
      const completion = await client.chat.completions.create(
        { ...request(task, prompt), response_format: { type: 'json_object' } },
        { signal },
      );
      const usage = usageOf(completion.usage);
      const choice = completion.choices[0];
      finished(choice?.finish_reason, usage);
      if (choice?.message.refusal) throw new InvalidOutput('the model declined', usage, 'refusal');
      return { data: parseReply(choice?.message.content ?? '', schema, usage), usage };
    },
    async *stream(task: Task, prompt: Prompt, signal: AbortSignal) {
      const chunks = await client.chat.completions.create(
        { ...request(task, prompt), stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      let usage: TokenUsage | undefined;
      let finishReason: string | null = null;
      let chars = 0;
      for await (const chunk of chunks) {
        const choice = chunk.choices[0];
        const text = choice?.delta.content;
        if (text) {
          chars += text.length;
          yield text;
        } else yield ''; // a chunk without text (the role, the finish, usage): the call is alive
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        // Asked for with include_usage: the last chunk before [DONE], with no choices.
        if (chunk.usage) usage = usageOf(chunk.usage);
      }
      if (!finishReason || !usage) {
        // OpenAI counts nothing until the end, so a stalled call's tokens are estimated rather than recorded as free.
        const seen = usage ?? {
          inputTokens: estimateTokens(prompt.system.length + prompt.user.length),
          outputTokens: estimateTokens(chars),
        };
        throw new IncompleteStream(finishReason ? 'the usage chunk' : 'a finish_reason', seen);
      }
      finished(finishReason, usage);
      return usage;
    },
  };
}
