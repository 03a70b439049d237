import { z } from 'zod';

/**
 * The worker's bindings and vars, parsed once at the entry (index.ts) so every route can rely
 * on their shape. Secrets (provider keys) come from `wrangler secret put` or `.dev.vars`.
 */
export const EnvSchema = z.object({
  HYPERDRIVE: z.object({ connectionString: z.string().min(1) }),
  /**
   * Comma-separated origins allowed by CORS. An entry is an exact origin
   * (`chrome-extension://<id>`, `https://app.example.com`) or `<scheme>://*` for any origin
   * of that scheme, which suits development with an unpacked extension whose id varies.
   */
  ALLOWED_ORIGINS: z.string().default(''),
  ENVIRONMENT: z.enum(['development', 'test', 'production']).default('production'),
  ANTHROPIC_API_KEY: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  /** Empty means the providers' public endpoints; tests and proxies point these elsewhere. */
  ANTHROPIC_BASE_URL: z.string().optional(),
  OPENAI_BASE_URL: z.string().optional(),
  /** Default models: cheap current ones (see llm/prices.ts for what they cost). */
  LLM_ANTHROPIC_MODEL: z.string().min(1).default('claude-haiku-5-5'),
  LLM_OPENAI_MODEL: z.string().min(1).default('gpt-5.4-mini'),
  /** Providers tried in order; one without a key is skipped, and offline always ends the chain. */
  LLM_CHAIN: z.string().default('anthropic,openai,offline'),
  /** Per provider call; a streamed letter counts it between chunks. */
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  /** Spend per user per UTC day, from the recorded calls; user-supplied keys do not count. */
  LLM_DAILY_BUDGET_USD: z.coerce.number().nonnegative().default(0.5),
  /** Generation requests per user per minute, offline ones included. */
  LLM_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Sign-up, sign-in and password re-checks per client IP per minute (refreshes have their own count). */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Requests per signed-in user per minute across the API. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
});
export type Env = z.infer<typeof EnvSchema>;

const parsed = new WeakMap<object, Env>();

export function parseEnv(raw: unknown): Env {
  if (typeof raw === 'object' && raw !== null) {
    const cached = parsed.get(raw);
    if (cached) return cached;
  }
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    const fields = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new Error(`worker misconfigured: invalid or missing ${fields}`);
  }
  if (typeof raw === 'object' && raw !== null) parsed.set(raw, result.data);
  return result.data;
}
