import { and, countDistinct, eq, gte, inArray, min, sql, sum } from 'drizzle-orm';
import { newId } from '../../../shared/ids.ts';
import type { Db, Tx } from '../db/client.ts';
import { llmCache, llmCalls } from '../db/schema/index.ts';
import { ApiError } from '../lib/errors.ts';
import type { Attempt } from './chain.ts';
import { costUsd } from './prices.ts';
import type { Task } from './types.ts';

/** Stored results of this user for these keys; another user's rows are never read. */
export async function cachedResults(db: Db, userId: string, keys: string[]): Promise<Map<string, unknown>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: llmCache.key, result: llmCache.result })
    .from(llmCache)
    .where(and(eq(llmCache.userId, userId), inArray(llmCache.key, keys)));
  return new Map(rows.map((r) => [r.key, r.result]));
}

export async function storeResult(
  db: Db,
  row: { userId: string; key: string; task: Task; provider: string; model: string; result: unknown },
): Promise<void> {
  await db
    .insert(llmCache)
    .values(row)
    .onConflictDoUpdate({ target: [llmCache.userId, llmCache.key], set: { result: row.result, createdAt: new Date() } });
}

export interface CallContext {
  userId: string;
  requestId: string;
  /** Server-made per generation request (a client can choose its X-Request-Id): what the rate limit counts. */
  generationId: string;
  task: Task;
}

/** A call-log row of the request `ctx`: `call` says which provider and model, what came of it and what it cost. */
async function logCall(
  db: Db | Tx,
  ctx: CallContext,
  call: Omit<typeof llmCalls.$inferInsert, 'id' | 'userId' | 'requestId' | 'generationId' | 'task'>,
): Promise<void> {
  await db
    .insert(llmCalls)
    .values({ id: newId(), userId: ctx.userId, requestId: ctx.requestId, generationId: ctx.generationId, task: ctx.task, ...call });
}

/** The tokens and cost of a row that called no provider: the admitted request, a cache hit. */
const NOTHING_SPENT = { inputTokens: 0, outputTokens: 0, costUsd: 0 } as const;

export async function recordAttempt(db: Db, ctx: CallContext, attempt: Attempt): Promise<number> {
  const { provider } = attempt.entry;
  const cost = costUsd(provider.name, provider.model, attempt.usage);
  await logCall(db, ctx, {
    provider: provider.name,
    model: provider.model,
    outcome: attempt.outcome,
    inputTokens: attempt.usage.inputTokens,
    outputTokens: attempt.usage.outputTokens,
    costUsd: cost,
    cached: false,
    userKey: attempt.entry.userKey,
  });
  return cost;
}

export async function recordCacheHit(db: Db, ctx: CallContext, provider: string, model: string): Promise<void> {
  await logCall(db, ctx, { provider, model, outcome: 'ok', ...NOTHING_SPENT, cached: true });
}

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Admits a generation request, or refuses it with 429 and Retry-After when the user made
 * `perMinute` of them in the last minute, or (when `budgetUsd` is given, i.e. the worker's keys
 * may be spent) when today's spend on the worker's keys has reached it. An admitted request is
 * recorded at once, under a per-user lock, so a burst of parallel requests cannot all pass the
 * check before any of them has a row.
 */
export async function admit(
  db: Db,
  ctx: CallContext,
  first: { provider: string; model: string },
  now: Date,
  limits: { perMinute: number; budgetUsd: number | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`llm:${ctx.userId}`}))`);
    const windowStart = new Date(now.getTime() - 60_000);
    const [recent] = await tx
      .select({ requests: countDistinct(llmCalls.generationId), oldest: min(llmCalls.createdAt) })
      .from(llmCalls)
      .where(and(eq(llmCalls.userId, ctx.userId), gte(llmCalls.createdAt, windowStart)));
    if (recent && recent.requests >= limits.perMinute) {
      const oldest = recent.oldest ? new Date(recent.oldest).getTime() : now.getTime();
      const retryAfter = Math.max(1, Math.ceil((oldest + 60_000 - now.getTime()) / 1000));
      throw new ApiError(429, 'rate_limited', `at most ${limits.perMinute} generations a minute; try again in ${retryAfter} s`, {
        'Retry-After': String(retryAfter),
      });
    }
    if (limits.budgetUsd !== null) {
      const dayStart = startOfUtcDay(now);
      const [spent] = await tx
        .select({ usd: sum(llmCalls.costUsd).mapWith(Number) })
        .from(llmCalls)
        .where(and(eq(llmCalls.userId, ctx.userId), gte(llmCalls.createdAt, dayStart), eq(llmCalls.userKey, false)));
      if ((spent?.usd ?? 0) >= limits.budgetUsd) {
        const retryAfter = Math.max(1, Math.ceil((dayStart.getTime() + 86_400_000 - now.getTime()) / 1000));
        throw new ApiError(
          429,
          'budget_exceeded',
          `today's generation budget ($${limits.budgetUsd.toFixed(2)}) is used up; it resets at 00:00 UTC, or send your own provider key`,
          { 'Retry-After': String(retryAfter) },
        );
      }
    }
    await logCall(tx, ctx, { provider: first.provider, model: first.model, outcome: 'requested', ...NOTHING_SPENT, cached: false });
  });
}
