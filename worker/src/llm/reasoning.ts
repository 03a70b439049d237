import type { Task } from './types.ts';

/**
 * How much each task is worth thinking about. The default models think before they answer
 * (Claude Haiku 5.5: adaptive thinking at medium effort unless told otherwise; GPT-5.4 mini takes
 * `reasoning_effort`), and the thinking is billed and counted against the reply's token limit.
 * Choosing and restating a resume's entries faithfully gains from planning; a letter, an answer
 * or feedback written from facts already in the prompt needs little.
 */
export type Effort = 'low' | 'medium';
export const EFFORT: Record<Task, Effort> = {
  resume: 'medium',
  'cover-letter': 'low',
  answer: 'low',
  'interview-feedback': 'low',
};

/**
 * Claude models with adaptive thinking and the `effort` parameter: Opus and Sonnet 4.6 and later,
 * every 5.x. Older ones (Haiku 4.5, Sonnet 4.5) do not think unless asked, and reject adaptive
 * thinking; 5.x models reject `{ type: 'enabled', budget_tokens }`.
 */
export function claudeThinks(model: string): boolean {
  const version = /^claude-[a-z]+-(\d+)(?:-(\d{1,2}))?(?:-\d{8})?$/.exec(model);
  if (!version) return false;
  const major = Number(version[1]);
  const minor = Number(version[2] ?? 0);
  return major > 4 || (major === 4 && minor >= 6);
}

/** Anthropic request fields for `task`: adaptive thinking, its text omitted (it is never shown), at the task's effort. */
export function anthropicReasoning(model: string, task: Task) {
  if (!claudeThinks(model)) return {};
  return { thinking: { type: 'adaptive', display: 'omitted' } as const, effort: EFFORT[task] };
}

/** OpenAI reasoning models (GPT-5 family, o-series) take `reasoning_effort`; older chat models reject it. */
export function openaiReasoning(model: string, task: Task) {
  if (!/^(gpt-5|o\d)/.test(model) || model.includes('-chat')) return {};
  return { reasoning_effort: EFFORT[task] };
}
