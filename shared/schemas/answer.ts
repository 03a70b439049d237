import { z } from 'zod';
import { SyncMeta } from './common.ts';

export const AnswerScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('global') }),
  z.object({ kind: z.literal('company'), company: z.string().min(1).max(200) }),
]);

/** A remembered answer to a form question, keyed by the normalized question text. */
export const Answer = z.object({
  ...SyncMeta.shape,
  question: z.string().min(1).max(2000),
  questionText: z.string().max(2000),
  answer: z.string().max(20_000),
  scope: AnswerScope,
  /** The company whose form taught it, so the user can narrow a global answer to it. */
  learnedFrom: z.string().max(200).default(''),
});
export type Answer = z.infer<typeof Answer>;
