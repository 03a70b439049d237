import type { TokenUsage } from './types.ts';

/**
 * USD per million tokens (input, output), standard tier, prompts under 100k tokens, no batch or
 * cache discounts. Taken on 2026-11-23 from the providers' public pricing pages
 * (platform.claude.com/docs/en/about-claude/pricing, openai.com/api/pricing).
 * A model missing here is charged at a deliberately high rate for its provider, so an unknown
 * model can only overstate spend against the budget, never understate it.
 */
export const PRICES: Record<string, { input: number; output: number }> = {
  'claude-haiku-5-5': { input: 0.1, output: 0.5 },
  'claude-sonnet-5-5': { input: 2, output: 10 },
  'claude-opus-5-5': { input: 4, output: 20 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'gpt-5.4-nano': { input: 0.2, output: 1.25 },
  'gpt-5.4-mini': { input: 0.75, output: 4.5 },
  'gpt-5.4': { input: 2.5, output: 15 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'jobsmith-offline-1': { input: 0, output: 0 },
};

const FALLBACK: Record<string, { input: number; output: number }> = {
  anthropic: { input: 10, output: 50 },
  openai: { input: 30, output: 180 },
  offline: { input: 0, output: 0 },
};

export function costUsd(provider: string, model: string, usage: TokenUsage): number {
  const price = PRICES[model] ?? FALLBACK[provider] ?? { input: 0, output: 0 };
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}
