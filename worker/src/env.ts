import { z } from 'zod';

/** What the worker calls on a Cloudflare Email Service binding (`[[send_email]] name = "EMAIL"` in wrangler.toml). */
export interface MailBinding {
  send(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** What the worker calls on the Cloudflare Queues producer binding (`[[queues.producers]] binding = "BOARD_QUEUE"`). */
export interface QueueBinding<Body> {
  sendBatch(messages: Iterable<{ body: Body }>): Promise<unknown>;
}

const Flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

/**
 * The worker's bindings and vars, parsed once at the entry (index.ts) so every route can rely
 * on their shape. Secrets (provider keys) come from `wrangler secret put` or `.dev.vars`.
 */
export const EnvSchema = z
  .object({
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
    /** Sign-ups per client (an IPv4 address, an IPv6 /64) per hour, and across all clients per hour. */
    SIGNUP_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(10),
    SIGNUP_GLOBAL_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(300),
    /** Failed sign-ins per account per 15 minutes, from all addresses together; then 429 until the window ends. */
    SIGNIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
    /**
     * A secret (`wrangler secret put PASSWORD_PEPPER`, 32+ characters) mixed into every password
     * hash by HMAC, so a copy of the database alone cannot be used to guess passwords. Required in
     * production; development and tests fall back to a fixed one.
     */
    PASSWORD_PEPPER: z.string().min(32, 'PASSWORD_PEPPER must have at least 32 characters').optional(),
    /** The send_email binding: with it, sign-up confirms the address by email and never says whether it has an account. */
    EMAIL: z
      .custom<MailBinding>((v) => typeof v === 'object' && v !== null && typeof (v as { send?: unknown }).send === 'function')
      .optional(),
    /** The sender of confirmation emails (an address of a domain set up in Cloudflare Email Service). */
    MAIL_FROM: z.string().email().optional(),
    /** Accounts whose email is not confirmed may spend the worker's provider keys (for a server without mail, or of one user). */
    LLM_ALLOW_UNVERIFIED: Flag,
    /** Spend on the worker's keys per UTC day across all users: past it, generation needs the user's own key. */
    LLM_GLOBAL_DAILY_BUDGET_USD: z.coerce.number().nonnegative().default(20),
    /** Per-user storage: synced records, their total JSON bytes, and analytics events. */
    QUOTA_RECORDS: z.coerce.number().int().positive().default(20_000),
    QUOTA_RECORD_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(100 * 1024 * 1024),
    QUOTA_EVENTS: z.coerce.number().int().positive().default(200_000),
    /** Generation requests per user per UTC day, whoever's key pays (each is call-log rows and a cached document). */
    QUOTA_GENERATIONS_PER_DAY: z.coerce.number().int().positive().default(500),
    /**
     * The queue the cron sends one message per due board to (worker/src/boards/). Without it the
     * cron reads nothing: followed boards are then read only by the extension.
     */
    BOARD_QUEUE: z
      .custom<QueueBinding<unknown>>(
        (v) => typeof v === 'object' && v !== null && typeof (v as { sendBatch?: unknown }).sendBatch === 'function',
      )
      .optional(),
    /** How often a followed board is read, at the least (a reader's own minimum may be longer: Remotive asks for 6 hours). */
    BOARD_FETCH_INTERVAL_MINUTES: z.coerce.number().int().min(5).default(60),
    /** Requests per API host per minute, across the boards of one queue batch (one consumer runs at a time). */
    BOARD_HOST_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /** Per request to a board's API. */
    BOARD_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    /** Boards one cron run sends at the most (the rest wait for the next run, oldest first). */
    BOARDS_PER_RUN: z.coerce.number().int().positive().default(5_000),
    /** Another host for every board API request (tests, a mirror): https://api.x/p becomes {base}/api.x/p. */
    BOARD_API_BASE: z.string().url().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.ENVIRONMENT === 'production' && !env.PASSWORD_PEPPER)
      ctx.addIssue({ code: 'custom', path: ['PASSWORD_PEPPER'], message: 'required in production' });
    if (env.EMAIL && !env.MAIL_FROM) ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'required with the EMAIL binding' });
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
