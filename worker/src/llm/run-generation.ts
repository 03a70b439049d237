import type { z } from 'zod';
import { newId } from '../../../shared/ids.ts';
import { loadTaxonomy } from '../../../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../../../shared/match/taxonomy-file.ts';
import type { Provider, RefusedDraft, UnsupportedClaim, Usage } from '../../../shared/tailor/schema.ts';
import type { Db } from '../db/client.ts';
import { ApiError } from '../lib/errors.ts';
import { buildChain, type GenerationRequest } from './build-chain.ts';
import { cacheKey } from './cache-key.ts';
import { type ChainEntry, type Produced, Rejected, runChain } from './chain.ts';
import { admit, type CallContext, cachedResults, recordAttempt, recordCacheHit, storeResult } from './store.ts';
import type { LlmProvider, Prompt, Task, TaskInput } from './types.ts';

/**
 * What every generation does around its model calls: check the rate limit and budget, read and
 * write the response cache, log and cost each attempt, keep the drafts the truthfulness check
 * refused; and one JSON call turned into a verified result.
 */

export interface Generated<R> {
  document: R;
  usage: Usage;
  /** What the refused drafts claimed (the document returned claims nothing the profile lacks). */
  unsupported: UnsupportedClaim[];
  /** The drafts the truthfulness check refused before this one, with their claims. */
  refused: RefusedDraft[];
  fellBackFrom: Provider[];
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
export function jsonAttempt<D, R>(
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
