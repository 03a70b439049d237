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
