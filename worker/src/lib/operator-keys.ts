import { and, eq, gte, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Db } from '../db/client.ts';
import { llmCalls } from '../db/schema/index.ts';
import type { Env } from '../env.ts';
import type { AppEnv } from '../types.ts';
import { sendConfirmation } from './email-confirmation.ts';
import { ApiError } from './errors.ts';
import { countRequest } from './rate-limit.ts';

const DAY_MS = 86_400_000;

function startOfUtcDay(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS;
}

/** Today's spend on the worker's keys across every account (UTC day). */
export async function spentTodayUsd(db: Db, now: number): Promise<number> {
  const [row] = await db
    .select({ usd: sql<number>`coalesce(sum(${llmCalls.costUsd}), 0)`.mapWith(Number) })
    .from(llmCalls)
    .where(and(gte(llmCalls.createdAt, new Date(startOfUtcDay(now))), eq(llmCalls.userKey, false)));
  return row?.usd ?? 0;
}

function withoutOperatorKeys(env: Env): Env {
  return { ...env, ANTHROPIC_API_KEY: undefined, OPENAI_API_KEY: undefined };
}

/** Whether the request leaves the worker's keys alone anyway: the user's own key, or the offline writer asked for. */
async function needsNoOperatorKey(c: Context<AppEnv>): Promise<boolean> {
  if (c.req.header('x-provider-key')) return true;
  const body: unknown = await c.req.json().catch(() => null);
  return typeof body === 'object' && body !== null && (body as { provider?: unknown }).provider === 'offline';
}

/** Why this account may not spend the worker's keys now, or null when it may (the rules below, said once). */
export async function operatorKeysClosed(
  env: Env,
  db: Db,
  user: { emailVerified: boolean },
  now: number,
): Promise<'email_unverified' | 'global_budget_exceeded' | null> {
  if (!user.emailVerified && !env.LLM_ALLOW_UNVERIFIED) return 'email_unverified';
  if ((await spentTodayUsd(db, now)) >= env.LLM_GLOBAL_DAILY_BUDGET_USD) return 'global_budget_exceeded';
  return null;
}

/**
 * The worker's provider keys are the operator's bill. A generation route sees them only when
 * the account's email is confirmed (or LLM_ALLOW_UNVERIFIED says that need not be) and today's
 * spend across all accounts is under LLM_GLOBAL_DAILY_BUDGET_USD. Otherwise they are taken
 * out of this request's env, so no fallback can reach them either, and a request that
 * would have used them is refused with a reason the panel shows (it then writes the document
 * on the device): 403 `email_unverified` or 429 `global_budget_exceeded`. A request with the
 * user's own key, or for the offline writer, goes on without them.
 */
export const guardOperatorKeys = createMiddleware<AppEnv>(async (c, next) => {
  const env = c.env;
  if (!env.ANTHROPIC_API_KEY && !env.OPENAI_API_KEY) return next();
  const db = c.var.db();
  const now = c.var.now();
  const user = c.var.user;
  let refusal: ApiError | null = null;
  const closed = await operatorKeysClosed(env, db, user, now);
  if (closed === 'email_unverified') {
    refusal = new ApiError(403, 'email_unverified', await unverifiedMessage(c.env, db, user, new URL(c.req.url).origin, now));
  } else if (closed === 'global_budget_exceeded') {
    const retryAfter = Math.max(1, Math.ceil((startOfUtcDay(now) + DAY_MS - now) / 1000));
    refusal = new ApiError(
      429,
      'global_budget_exceeded',
      "this server's AI budget for today is used up; it resets at 00:00 UTC, or send your own provider key",
      { 'Retry-After': String(retryAfter) },
    );
  }
  if (refusal) {
    c.env = withoutOperatorKeys(env);
    if (!(await needsNoOperatorKey(c))) throw refusal;
  }
  await next();
});

/** Why an unconfirmed account cannot use the worker's models; with a mail binding, a link is (re)sent, at most hourly. */
async function unverifiedMessage(env: Env, db: Db, user: { id: string; email: string }, origin: string, now: number): Promise<string> {
  const advice = 'until then, use your own provider key or the writer on this device';
  if (!env.EMAIL || !env.MAIL_FROM)
    return `this server lets only accounts with a confirmed email use its AI models, and it sends no confirmation emails: ${advice}`;
  try {
    await countRequest(db, `confirm-mail:${user.id}`, user.id, 1, now, 60 * 60_000);
    await sendConfirmation(db, { mail: env.EMAIL, from: env.MAIL_FROM, origin }, user, now);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 429)) throw error;
  }
  return `confirm your email to use the AI models: open the link we sent to ${user.email} (at most one an hour); ${advice}`;
}
