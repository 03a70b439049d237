import type { z } from 'zod';
import { newId } from '../../../shared/ids.ts';
import { loadTaxonomy } from '../../../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../../../shared/match/taxonomy-file.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { emptyProfileDraft } from '../../../shared/schemas/profile.ts';
import { writeCoverLetter } from '../../../shared/tailor/cover-letter.ts';
import {
  AnswerDraft,
  CoverLetter,
  LetterDraft,
  Provider,
  type RefusedDraft,
  ResumeDraft,
  TailoredResume,
  type UnsupportedClaim,
  type Usage,
} from '../../../shared/tailor/schema.ts';
import { tailorResume } from '../../../shared/tailor/tailor-resume.ts';
import { verifyLetter, verifyResume, verifyText } from '../../../shared/tailor/verify.ts';
import type { Db } from '../db/client.ts';
import type { Env } from '../env.ts';
import { ApiError } from '../lib/errors.ts';
import { anthropicProvider } from './anthropic.ts';
import { cacheKey } from './cache-key.ts';
import { type ChainEntry, Interrupted, type Produced, Rejected, runChain } from './chain.ts';
import { parseLetterText } from './letter-text.ts';
import { offlineProvider } from './offline.ts';
import { openaiProvider } from './openai.ts';
import { buildFeedbackPrompt, buildLetterTextPrompt, buildPrompt } from './prompts.ts';
import { admit, type CallContext, cachedResults, recordAttempt, recordCacheHit, storeResult } from './store.ts';
import { InterviewFeedback, InvalidOutput, type LlmProvider, type Prompt, type Task, type TaskInput, type TokenUsage } from './types.ts';

/** A key the user sent with this request: used for it only, never stored or logged. */
export interface UserKey {
  provider: 'anthropic' | 'openai';
  key: string;
}

export interface GenerationRequest {
  env: Env;
  userId: string;
  requestId: string;
  userKey?: UserKey | undefined;
  /** The provider the client asked for: the chain starts there. */
  requested?: Provider | undefined;
  now: () => Date;
}

export interface Generated<R> {
  document: R;
  usage: Usage;
  /** What the refused drafts claimed (the document returned claims nothing the profile lacks). */
  unsupported: UnsupportedClaim[];
  /** The drafts the truthfulness check refused before this one, with their claims. */
  refused: RefusedDraft[];
  fellBackFrom: Provider[];
}

function remoteProvider(name: 'anthropic' | 'openai', apiKey: string, env: Env): LlmProvider {
  const options = { apiKey, timeoutMs: env.LLM_TIMEOUT_MS };
  return name === 'anthropic'
    ? anthropicProvider({ ...options, model: env.LLM_ANTHROPIC_MODEL, baseURL: env.ANTHROPIC_BASE_URL })
    : openaiProvider({ ...options, model: env.LLM_OPENAI_MODEL, baseURL: env.OPENAI_BASE_URL });
}

/**
 * The providers to try, in order: LLM_CHAIN, with the requested provider moved first and the
 * user's key (if any) first of all; providers without a key are left out; offline ends it.
 */
export function buildChain(request: GenerationRequest): ChainEntry[] {
  const { env, userKey, requested } = request;
  if (requested === 'offline') return [{ provider: offlineProvider(request.now), userKey: false }];
  let order = env.LLM_CHAIN.split(',')
    .map((name) => Provider.safeParse(name.trim()))
    .flatMap((p) => (p.success ? [p.data] : []));
  const first = (name: Provider | undefined) => {
    if (name) order = [name, ...order.filter((n) => n !== name)];
  };
  first(requested);
  first(userKey?.provider);
  const workerKeys: Record<Provider, string | undefined> = {
    anthropic: env.ANTHROPIC_API_KEY,
    openai: env.OPENAI_API_KEY,
    offline: undefined,
  };
  const chain: ChainEntry[] = [];
  for (const name of new Set(order)) {
    if (name === 'offline') break;
    if (userKey?.provider === name) chain.push({ provider: remoteProvider(name, userKey.key, env), userKey: true });
    else if (workerKeys[name]) chain.push({ provider: remoteProvider(name, workerKeys[name], env), userKey: false });
  }
  chain.push({ provider: offlineProvider(request.now), userKey: false });
  return chain;
}

/** Cached results are stored as { result, unsupported } and re-validated when read. */
function storedAs<R>(schema: z.ZodType<R>, value: unknown): Produced<R> | null {
  const v = value as { result?: unknown } | null;
  const parsed = schema.safeParse(v?.result);
  return parsed.success ? { result: parsed.data, unsupported: [], usage: { inputTokens: 0, outputTokens: 0 } } : null;
}

/**
 * A generation in two steps: `prepare` checks the limits and reads the cache (on the request's
 * connection), `run` walks the chain (a streamed response runs it on its own connection, after
 * the request's one has closed).
 */
export async function prepare(request: GenerationRequest, db: Db, task: Task, input: TaskInput) {
  // Tailoring and its truthfulness check read the skills taxonomy (loaded once per isolate).
  await loadTaxonomy(readTaxonomyFile);
  let chain = buildChain(request);
  const call: CallContext = { userId: request.userId, requestId: request.requestId, generationId: newId(), task };
  const spendsWorkerKeys = chain.some((e) => e.provider.name !== 'offline' && !e.userKey);
  const first = chain[0]?.provider ?? { name: 'offline', model: '' };
  const limits = (budgetUsd: number | null) => ({ perMinute: request.env.LLM_RATE_LIMIT_PER_MINUTE, budgetUsd });
  try {
    await admit(
      db,
      call,
      { provider: first.name, model: first.model },
      request.now(),
      limits(spendsWorkerKeys ? request.env.LLM_DAILY_BUDGET_USD : null),
    );
  } catch (error) {
    // The day's budget is spent on the worker's keys, but the user sent their own: it writes,
    // and the worker's keys are left out of this request (as the 429's message promises).
    if (!(error instanceof ApiError && error.code === 'budget_exceeded' && request.userKey)) throw error;
    chain = chain.filter((e) => e.userKey || e.provider.name === 'offline');
    await admit(db, call, { provider: first.name, model: first.model }, request.now(), limits(null));
  }
  const keys = new Map<ChainEntry, string>();
  for (const entry of chain) {
    if (entry.provider.name !== 'offline') keys.set(entry, await cacheKey(task, entry.provider.name, entry.provider.model, input));
  }
  const cached = await cachedResults(db, request.userId, [...keys.values()]);

  async function run<R>(
    runDb: () => Db,
    schema: z.ZodType<R>,
    attempt: (entry: ChainEntry) => Promise<Produced<R>>,
  ): Promise<(Generated<R> & { entry: ChainEntry }) | null> {
    const costs = new Map<ChainEntry, number>();
    const refused: RefusedDraft[] = [];
    const document = task === 'interview-feedback' ? null : task;
    const result = await runChain(
      chain,
      {
        fromCache: (entry) => {
          const key = keys.get(entry);
          return key && cached.has(key) ? storedAs(schema, cached.get(key)) : null;
        },
        onAttempt: async (a) => {
          const cost = await recordAttempt(runDb(), call, a);
          costs.set(a.entry, cost);
          console.log(
            JSON.stringify({
              requestId: request.requestId,
              msg: 'llm call',
              task,
              provider: a.entry.provider.name,
              model: a.entry.provider.model,
              userKey: a.entry.userKey,
              outcome: a.outcome,
              detail: a.detail,
              inputTokens: a.usage.inputTokens,
              outputTokens: a.usage.outputTokens,
              costUsd: cost,
              ms: a.ms,
            }),
          );
        },
      },
      async (entry) => {
        try {
          return await attempt(entry);
        } catch (error) {
          // The refused draft is never shown; what it claimed is, so the user knows why.
          if (error instanceof Rejected && document)
            refused.push({ provider: entry.provider.name, model: entry.provider.model, document, claims: error.claims.slice(0, 100) });
          throw error;
        }
      },
    );
    if (!result) return null;
    const { entry, produced } = result;
    const key = keys.get(entry);
    if (result.cached) await recordCacheHit(runDb(), call, entry.provider.name, entry.provider.model);
    else if (key) {
      await storeResult(runDb(), {
        userId: request.userId,
        key,
        task,
        provider: entry.provider.name,
        model: entry.provider.model,
        result: { result: produced.result, unsupported: produced.unsupported },
      });
    }
    return {
      entry,
      document: produced.result,
      unsupported: refused.flatMap((r) => r.claims),
      refused,
      fellBackFrom: result.fellBackFrom,
      usage: {
        provider: entry.provider.name,
        model: entry.provider.model,
        inputTokens: produced.usage.inputTokens,
        outputTokens: produced.usage.outputTokens,
        costUsd: result.cached ? 0 : (costs.get(entry) ?? 0),
        cached: result.cached,
      },
    };
  }

  return { chain, run };
}

/** One JSON generation turned into a result and verified: unsupported claims reject a model's output. */
function jsonAttempt<D, R>(
  task: Task,
  prompt: Prompt,
  schema: z.ZodType<D>,
  timeoutMs: number,
  finish: (draft: D, provider: LlmProvider) => { result: R; unsupported: UnsupportedClaim[] },
) {
  return async (entry: ChainEntry): Promise<Produced<R>> => {
    const { data, usage } = await entry.provider.generate(task, prompt, schema, AbortSignal.timeout(timeoutMs));
    const { result, unsupported } = finish(data, entry.provider);
    if (unsupported.length > 0 && entry.provider.name !== 'offline') throw new Rejected(usage, unsupported);
    return { result, unsupported, usage };
  };
}

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
