import type { z } from 'zod';
import { InterviewFeedback } from '../../../shared/api/coach.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import type { Provider } from '../../../shared/tailor/schema.ts';

export { InterviewFeedback };

export type Task = 'resume' | 'cover-letter' | 'answer' | 'interview-feedback';

/** What a generation is about: the offline provider works from these, the models from the prompt. */
export interface TaskInput {
  profile: ProfileDraft;
  job: JobCapture;
  question?: string;
  /** The user's own typed answer to `question`, which interview-feedback comments on. */
  answer?: string;
}

export interface Prompt {
  system: string;
  user: string;
  /** Upper bound for the reply, with room for the reasoning tokens current models spend first. */
  maxTokens: number;
  input: TaskInput;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** One provider with one model and one key. */
export interface LlmProvider {
  readonly name: Provider;
  readonly model: string;
  /** A JSON reply validated by `schema`; throws InvalidOutput when the reply does not parse or validate. */
  generate<T>(task: Task, prompt: Prompt, schema: z.ZodType<T>, signal: AbortSignal): Promise<{ data: T; usage: TokenUsage }>;
  /** Plain text as the model writes it (cover letters); the return value is the usage. */
  /** The reply's text as it is written; an empty string says the call is alive without text yet (thinking, pings). */
  stream(task: Task, prompt: Prompt, signal: AbortSignal): AsyncGenerator<string, TokenUsage>;
}

/** Why a model stopped short of a whole reply: the token limit (thinking counts against it), a refusal, or anything else. */
export type CutOff = 'max_tokens' | 'refusal' | 'other';

/** The provider answered, but not with what was asked for: the chain moves on without a retry. */
export class InvalidOutput extends Error {
  readonly usage: TokenUsage;
  /** Set when the reply was cut off rather than malformed. */
  readonly cutOff: CutOff | undefined;
  constructor(message: string, usage: TokenUsage, cutOff?: CutOff) {
    super(message);
    this.name = 'InvalidOutput';
    this.usage = usage;
    this.cutOff = cutOff;
  }
}

/**
 * A stream that ended without the provider's completion event or its final usage (Anthropic's
 * `message_stop` and last `message_delta`, OpenAI's chunk with `finish_reason` and the usage
 * chunk). Both SDKs end a stream quietly when it is aborted mid-read, so a stall cut short by
 * our timeout looks like a normal end: the text so far is not a whole reply. `usage` is what was
 * seen, estimated (see estimateTokens) where the provider had not counted it yet.
 */
export class IncompleteStream extends Error {
  readonly usage: TokenUsage;
  constructor(missing: string, usage: TokenUsage) {
    super(`stream ended without ${missing}`);
    this.name = 'IncompleteStream';
    this.usage = usage;
  }
}

/** Tokens in `chars` characters of text the provider has not counted for us: about 4 a token, rounded up. */
export const estimateTokens = (chars: number): number => Math.ceil(chars / 4);
