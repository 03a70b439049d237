import type { Provider, UnsupportedClaim } from '../../../shared/tailor/schema.ts';
import { retryAfterMs } from './retry-after.ts';
import { IncompleteStream, InvalidOutput, type LlmProvider, type TokenUsage } from './types.ts';

/** One step of the fallback chain: a provider, and whether it runs on the key the user sent. */
export interface ChainEntry {
  provider: LlmProvider;
  userKey: boolean;
}

/** What one step produced: a verified result and the tokens it took. */
export interface Produced<R> {
  result: R;
  unsupported: UnsupportedClaim[];
  usage: TokenUsage;
}

export type Outcome = 'ok' | 'rejected' | 'invalid' | 'error';

export interface Attempt {
  entry: ChainEntry;
  outcome: Outcome;
  usage: TokenUsage;
  /** Why it failed, without any text from the provider (which could echo a key): status or error kind. */
  detail: string;
  ms: number;
}

/** The model's output states something the profile does not: it is never shown, the chain moves on. */
export class Rejected extends Error {
  readonly usage: TokenUsage;
  readonly claims: UnsupportedClaim[];
  constructor(usage: TokenUsage, claims: UnsupportedClaim[]) {
    super(`unsupported claims: ${claims.map((c) => c.kind).join(', ')}`);
    this.name = 'Rejected';
    this.usage = usage;
    this.claims = claims;
  }
}

/** A stream failed after part of it reached the client: retrying would repeat text, so the chain moves on. */
export class Interrupted extends Error {
  constructor(cause: unknown) {
    super('stream interrupted', { cause });
    this.name = 'Interrupted';
  }
}

const NO_TOKENS: TokenUsage = { inputTokens: 0, outputTokens: 0 };

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Worth one more try: overload, rate limits, server errors, timeouts and dropped connections. */
function transient(error: unknown): boolean {
  if (error instanceof InvalidOutput || error instanceof Rejected || error instanceof Interrupted) return false;
  const status = statusOf(error);
  if (status === undefined) return true;
  return status === 408 || status === 429 || status >= 500;
}

/** How the chain waits before retrying a provider that said when to come back (a 429 or 529 with retry-after). */
export interface RetryPolicy {
  /** The longest wait honoured: a provider that asks for more is not retried early, the chain moves on to the next. */
  maxWaitMs: number;
  /** When the generation's time is up (epoch ms): no wait runs past it. */
  deadline: number;
  /** Sleeps for `ms`; tests pass one that returns at once. */
  wait: (ms: number) => Promise<void>;
}

/** A few seconds: a provider that needs longer is slower than asking the next one. */
export const MAX_RETRY_WAIT_MS = 5000;
/** The extension waits 90 s for a generation (extension/tailor/remote.ts); waits end inside 60 s, leaving the rest of the chain its time. */
export const CHAIN_BUDGET_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How long to wait before the second try, or null when there is none: the failure is not
 * transient, or the provider asked (retry-after) for longer than the policy allows or the time
 * left holds. Retrying sooner than asked only earns another 429. Without a header, at once.
 */
function retryDelay(error: unknown, policy: RetryPolicy, now: number): number | null {
  if (!transient(error)) return null;
  const asked = retryAfterMs(error, now);
  if (asked === undefined) return 0;
  return asked <= policy.maxWaitMs && now + asked <= policy.deadline ? asked : null;
}

function classify(error: unknown): { outcome: Outcome; usage: TokenUsage; detail: string } {
  if (error instanceof Rejected) return { outcome: 'rejected', usage: error.usage, detail: error.message };
  const cause = error instanceof Interrupted ? error.cause : error;
  // A streamed reply that turned out cut off (max_tokens) after part of it was sent is invalid all the same.
  if (cause instanceof InvalidOutput) {
    return {
      outcome: 'invalid',
      usage: cause.usage,
      detail: cause.cutOff ? `invalid output (cut off: ${cause.cutOff})` : 'invalid output',
    };
  }
  const status = statusOf(cause);
  const kind = status !== undefined ? `http ${status}` : cause instanceof Error ? cause.name || 'error' : 'error';
  // A stream that stalled was still billed for what it sent: its tokens are recorded, not zero.
  const usage = cause instanceof IncompleteStream ? cause.usage : NO_TOKENS;
  const interrupted = error instanceof Interrupted || cause instanceof IncompleteStream;
  return { outcome: 'error', usage, detail: interrupted ? `interrupted (${kind})` : kind };
}

export interface ChainResult<R> {
  entry: ChainEntry;
  produced: Produced<R>;
  cached: boolean;
  /** Providers tried before the one that answered, in order. */
  fellBackFrom: Provider[];
}

/**
 * Runs `attempt` on each entry in order until one produces a result: a transient failure is
 * retried once, after the wait the provider asked for when the retry policy allows it (see
 * retryDelay); anything else (or a second failure) moves on. `fromCache` is asked first at each
 * step, so a stored result is served without calling that provider. Null when every step failed.
 */
export async function runChain<R>(
  chain: ChainEntry[],
  options: {
    fromCache?: (entry: ChainEntry) => Produced<R> | null;
    onAttempt: (attempt: Attempt) => Promise<void>;
    retry?: Partial<RetryPolicy>;
  },
  attempt: (entry: ChainEntry) => Promise<Produced<R>>,
): Promise<ChainResult<R> | null> {
  const policy: RetryPolicy = { maxWaitMs: MAX_RETRY_WAIT_MS, deadline: Date.now() + CHAIN_BUDGET_MS, wait: sleep, ...options.retry };
  const fellBackFrom: Provider[] = [];
  for (const entry of chain) {
    const hit = options.fromCache?.(entry);
    if (hit) return { entry, produced: hit, cached: true, fellBackFrom };
    for (let tries = 1; tries <= 2; tries++) {
      const started = Date.now();
      try {
        const produced = await attempt(entry);
        await options.onAttempt({ entry, outcome: 'ok', usage: produced.usage, detail: '', ms: Date.now() - started });
        return { entry, produced, cached: false, fellBackFrom };
      } catch (error) {
        await options.onAttempt({ entry, ...classify(error), ms: Date.now() - started });
        const delay = tries === 1 ? retryDelay(error, policy, Date.now()) : null;
        if (delay === null) break;
        if (delay > 0) await policy.wait(delay);
      }
    }
    if (!fellBackFrom.includes(entry.provider.name)) fellBackFrom.push(entry.provider.name);
  }
  return null;
}
