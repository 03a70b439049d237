import { z } from 'zod';

/** GET /health and GET /health/db: whether the worker, and the database behind it, answer (for monitors, not the extension). */

export const Health = z.object({ status: z.literal('ok') });

export const DbHealth = z.object({
  status: z.enum(['ok', 'error']),
  latencyMs: z.number(),
  /** Why not, when the database did not answer; never the driver's own message. */
  message: z.string().optional(),
});
export type DbHealth = z.infer<typeof DbHealth>;
