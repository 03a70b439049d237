import type { JobCapture } from '../../../shared/schemas/job.ts';
import { emptyProfileDraft } from '../../../shared/schemas/profile.ts';
import { AnswerDraft, ResumeDraft, TailoredResume } from '../../../shared/tailor/schema.ts';
import { tailorResume } from '../../../shared/tailor/tailor-resume.ts';
import { verifyResume, verifyText } from '../../../shared/tailor/verify.ts';
import type { Db } from '../db/client.ts';
import { buildChain, type GenerationRequest } from './build-chain.ts';
import type { ChainEntry, Produced } from './chain.ts';
import { buildFeedbackPrompt, buildPrompt } from './prompts.ts';
import { jsonAttempt, prepare } from './run-generation.ts';
import { InterviewFeedback, InvalidOutput, type TaskInput } from './types.ts';

/**
 * The generations the routes ask for: a tailored resume, a cover letter (generate-letter.ts),
 * an answer to a form's question, feedback on an interview answer. Each runs its model calls
 * through the provider chain (build-chain.ts) with limits, cache and verification
 * (run-generation.ts).
 */

export { buildChain, type GenerationRequest } from './build-chain.ts';
export { generateLetter, prepareLetterStream } from './generate-letter.ts';

export async function generateResume(request: GenerationRequest, db: () => Db, input: TaskInput) {
  const { run } = await prepare(request, db(), 'resume', input);
  const { profile, job } = input;
  const now = request.now();
  const attempt = jsonAttempt('resume', buildPrompt('resume', input), ResumeDraft, request.env.LLM_TIMEOUT_MS, (draft, p) => {
    const document = tailorResume(profile, job, { now, draft, provider: p.name, model: p.model });
    return { result: document, unsupported: verifyResume(profile, document, now) };
  });
  return run(db, TailoredResume, attempt);
}

export async function generateAnswer(request: GenerationRequest, db: () => Db, input: TaskInput) {
  const { run } = await prepare(request, db(), 'answer', input);
  const now = request.now();
  const attempt = jsonAttempt('answer', buildPrompt('answer', input), AnswerDraft, request.env.LLM_TIMEOUT_MS, (draft) => ({
    result: draft.answer,
    unsupported: verifyText(input.profile, draft.answer, 'answer', input.job, now),
  }));
  return run(db, AnswerDraft.shape.answer, attempt);
}

export interface FeedbackInput {
  question: string;
  answer: string;
  job: JobCapture;
}

/**
 * A model's feedback on the user's typed interview answer. Only a model can judge an answer,
 * so a chain with no provider but the offline one gives null before any limit is counted, and
 * the offline step at the end of a chain fails (without a retry) when every model failed.
 */
export async function generateInterviewFeedback(request: GenerationRequest, db: () => Db, feedback: FeedbackInput) {
  if (buildChain(request).every((entry) => entry.provider.name === 'offline')) return null;
  // Feedback reads no profile; an empty one keeps the shape every cache key has.
  const input: TaskInput = { profile: emptyProfileDraft(), ...feedback };
  const { run } = await prepare(request, db(), 'interview-feedback', input);
  const prompt = buildFeedbackPrompt(input);
  const attempt = async (entry: ChainEntry): Promise<Produced<InterviewFeedback>> => {
    if (entry.provider.name === 'offline') {
      throw new InvalidOutput('the offline generator gives no interview feedback', { inputTokens: 0, outputTokens: 0 });
    }
    const signal = AbortSignal.timeout(request.env.LLM_TIMEOUT_MS);
    const { data, usage } = await entry.provider.generate('interview-feedback', prompt, InterviewFeedback, signal);
    return { result: data, unsupported: [], usage };
  };
  return run(db, InterviewFeedback, attempt);
}
