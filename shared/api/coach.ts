import { z } from 'zod';
import { JobCapture } from '../schemas/job.ts';
import { Provider, Usage } from '../tailor/schema.ts';

/** POST /v1/coach/feedback: the worker's models comment on a practised interview answer. */

/** A model's feedback on an interview answer; the offline provider has none to give. */
export const InterviewFeedback = z.object({
  strengths: z.array(z.string().min(1).max(600)).max(8),
  improvements: z.array(z.string().min(1).max(600)).max(8),
  summary: z.string().min(1).max(1200),
});
export type InterviewFeedback = z.infer<typeof InterviewFeedback>;

export const FeedbackRequest = z.object({
  question: z.string().trim().min(1).max(2000).describe('The interview question'),
  answer: z.string().trim().min(1).max(5000).describe("The user's typed answer"),
  job: JobCapture,
  provider: Provider.optional().describe('The provider to try first'),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const FeedbackResponse = z.object({
  feedback: InterviewFeedback,
  usage: Usage,
  fellBackFrom: z.array(Provider).describe('Providers that failed before the one that answered'),
});
export type FeedbackResponse = z.infer<typeof FeedbackResponse>;
