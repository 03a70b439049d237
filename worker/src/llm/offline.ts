import type { z } from 'zod';
import { offlineAnswer } from '../../../shared/tailor/answer.ts';
import { offlineLetterDraft } from '../../../shared/tailor/cover-letter.ts';
import { offlineResumeDraft } from '../../../shared/tailor/tailor-resume.ts';
import { letterToText } from './letter-text.ts';
import { InvalidOutput, type LlmProvider, type Prompt, type Task, type TokenUsage } from './types.ts';

export const OFFLINE_MODEL = 'jobsmith-offline-1';

const NO_TOKENS: TokenUsage = { inputTokens: 0, outputTokens: 0 };

/** The deterministic generator in shared/tailor: no network, no tokens, no cost, and it ends every chain. */
export function offlineProvider(now: () => Date): LlmProvider {
  const draftFor = (task: Task, prompt: Prompt): unknown => {
    const { profile, job, question } = prompt.input;
    if (task === 'resume') return offlineResumeDraft(profile, job, now());
    if (task === 'cover-letter') return offlineLetterDraft(profile, job, now());
    return offlineAnswer(profile, job, question ?? '', now());
  };
  return {
    name: 'offline',
    model: OFFLINE_MODEL,
    async generate<T>(task: Task, prompt: Prompt, schema: z.ZodType<T>) {
      const draft = draftFor(task, prompt);
      if (draft === null) throw new InvalidOutput('the offline generator has no answer for this question', NO_TOKENS);
      return { data: schema.parse(draft), usage: NO_TOKENS };
    },
    async *stream(_task: Task, prompt: Prompt) {
      const text = letterToText(offlineLetterDraft(prompt.input.profile, prompt.input.job, now()));
      // Paragraph by paragraph, so a client renders an offline letter the same way as a streamed one.
      const parts = text.split(/(?<=\n\n)/);
      for (const part of parts) yield part;
      return NO_TOKENS;
    },
  };
}
