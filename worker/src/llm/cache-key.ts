import { sha256 } from '../lib/crypto.ts';
import { MAX_DESCRIPTION_CHARS, PROMPT_VERSION } from './prompts.ts';
import type { Task, TaskInput } from './types.ts';

/** JSON with object keys sorted, so equal inputs hash equally whatever order the client sent. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The cache key of a generation: task, provider, model, prompt version and the inputs as the
 * model sees them (the description cut where the prompt cuts it). Never the provider key.
 */
export function cacheKey(task: Task, provider: string, model: string, input: TaskInput): Promise<string> {
  const job = { ...input.job, description: input.job.description.slice(0, MAX_DESCRIPTION_CHARS) };
  return sha256(
    // `answer` is left out when absent (canonical drops undefined), so keys of the other tasks are unchanged.
    canonical({
      v: PROMPT_VERSION,
      task,
      provider,
      model,
      profile: input.profile,
      job,
      question: input.question ?? null,
      answer: input.answer,
    }),
  );
}
