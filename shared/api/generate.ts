import { z } from 'zod';
import { JobCapture } from '../schemas/job.ts';
import { ProfileDraft } from '../schemas/profile.ts';
import { CoverLetter, Provider, RefusedDraft, TailoredResume, UnsupportedClaim, Usage } from '../tailor/schema.ts';

/** POST /v1/generate/resume, /cover-letter and /answer: documents written by the worker's models, verified against the profile. */

/** A user's own provider key, for one request (the coach route takes them too). */
export const KeyHeaders = z.object({
  'x-provider': z.enum(['anthropic', 'openai']).optional().describe('The provider of X-Provider-Key; it is tried first.'),
  'x-provider-key': z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe("The user's own key for this request only: never stored, logged or cached with the result."),
});

/** The inputs of every generation: the user's profile and the job (the page never sees them). */
export const GenerateInput = z.object({
  profile: ProfileDraft,
  job: JobCapture,
  /** Ask for a provider; the worker's fallback chain continues from it. */
  provider: Provider.optional(),
});
export type GenerateInput = z.infer<typeof GenerateInput>;

export const AnswerInput = GenerateInput.extend({ question: z.string().min(1).max(2000) });
export type AnswerInput = z.infer<typeof AnswerInput>;

/** What every generation answers besides its document. */
const outcome = {
  usage: Usage,
  unsupported: z
    .array(UnsupportedClaim)
    .describe('What the refused drafts claimed that the profile does not support (the document returned has no such claim)'),
  // An older worker sent no list of refused drafts.
  refused: z
    .array(RefusedDraft)
    .default([])
    .describe('Each model draft the truthfulness check refused, by provider and document, with its claims, in the order tried'),
  fellBackFrom: z.array(Provider).describe('Providers that failed before the one that answered'),
};

export const ResumeResponse = z.object({ document: TailoredResume, ...outcome });
export const LetterResponse = z.object({ document: CoverLetter, ...outcome });
export const AnswerResponse = z.object({ answer: z.string(), ...outcome });

/** The cover letter as it is written: server-sent events when the request accepts text/event-stream. */
export const LetterStream = z
  .string()
  .describe(
    'Server-sent events: `delta` events ({"text"}) as the letter is written, then one `done` event with the JSON result plus `replaced` (true when the streamed text failed verification and the document is a fallback), or an `error` event ({"error"}).',
  );
export const LetterStreamDelta = z.object({ text: z.string() });
export type LetterStreamDelta = z.infer<typeof LetterStreamDelta>;
export const LetterStreamDone = LetterResponse.extend({
  /** The streamed letter failed the check and this document replaces what was shown. */
  replaced: z.boolean().optional(),
});

/** What the panel is handed for a resume or a cover letter (it renders and re-verifies it). */
export type GenerateResult = Omit<z.infer<typeof LetterStreamDone>, 'document'> & { document: TailoredResume | CoverLetter };
