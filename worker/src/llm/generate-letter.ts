import { writeCoverLetter } from '../../../shared/tailor/cover-letter.ts';
import { CoverLetter, LetterDraft } from '../../../shared/tailor/schema.ts';
import { verifyLetter } from '../../../shared/tailor/verify.ts';
import type { Db } from '../db/client.ts';
import type { GenerationRequest } from './build-chain.ts';
import { type ChainEntry, Interrupted, type Produced, Rejected } from './chain.ts';
import { parseLetterText } from './letter-text.ts';
import { buildLetterTextPrompt, buildPrompt } from './prompts.ts';
import { jsonAttempt, prepare } from './run-generation.ts';
import { InvalidOutput, type LlmProvider, type TaskInput, type TokenUsage } from './types.ts';

/** The cover letter: as one JSON document, or streamed as the model writes it. */

function letterFinish(input: TaskInput, now: Date) {
  return (draft: LetterDraft, p: LlmProvider) => {
    const document = writeCoverLetter(input.profile, input.job, { now, draft, provider: p.name, model: p.model });
    return { result: document, unsupported: verifyLetter(input.profile, input.job, document, now) };
  };
}

export async function generateLetter(request: GenerationRequest, db: () => Db, input: TaskInput) {
  const { run } = await prepare(request, db(), 'cover-letter', input);
  const finish = letterFinish(input, request.now());
  return run(
    db,
    CoverLetter,
    jsonAttempt('cover-letter', buildPrompt('cover-letter', input), LetterDraft, request.env.LLM_TIMEOUT_MS, finish),
  );
}

export interface LetterStream {
  onDelta: (text: string) => Promise<void>;
}

/**
 * The letter streamed as the model writes it. The timeout counts between chunks. Once part of a
 * letter has reached the client, a later provider is asked for JSON instead of a stream, and
 * `replaced` tells the client to swap what it showed for the final document.
 */
export async function prepareLetterStream(request: GenerationRequest, db: Db, input: TaskInput) {
  const { run } = await prepare(request, db, 'cover-letter', input);
  const now = request.now();
  const finish = letterFinish(input, now);
  const timeoutMs = request.env.LLM_TIMEOUT_MS;
  const asJson = jsonAttempt('cover-letter', buildPrompt('cover-letter', input), LetterDraft, timeoutMs, finish);
  const textPrompt = buildLetterTextPrompt(input);

  return async (runDb: () => Db, sink: LetterStream) => {
    let emitted = false;
    let winnerStreamed = false;
    const attempt = async (entry: ChainEntry): Promise<Produced<CoverLetter>> => {
      if (emitted) return asJson(entry);
      const controller = new AbortController();
      let timer = setTimeout(() => controller.abort(), timeoutMs);
      const chunks = entry.provider.stream('cover-letter', textPrompt, controller.signal);
      let text = '';
      let usage: TokenUsage;
      try {
        for (;;) {
          const next = await chunks.next();
          if (next.done) {
            usage = next.value;
            break;
          }
          clearTimeout(timer);
          timer = setTimeout(() => controller.abort(), timeoutMs);
          // Thinking and pings say the call is alive: the timer restarts, nothing is sent.
          if (!next.value) continue;
          text += next.value;
          emitted = true;
          await sink.onDelta(next.value);
        }
      } catch (error) {
        throw text ? new Interrupted(error) : error;
      } finally {
        clearTimeout(timer);
      }
      const draft = parseLetterText(text);
      if (!draft) throw new InvalidOutput('streamed letter is not greeting, paragraphs and closing', usage);
      const { result, unsupported } = finish(draft, entry.provider);
      if (unsupported.length > 0 && entry.provider.name !== 'offline') throw new Rejected(usage, unsupported);
      winnerStreamed = true;
      return { result, unsupported, usage };
    };
    const result = await run(runDb, CoverLetter, attempt);
    return result && { ...result, replaced: emitted && !winnerStreamed };
  };
}
