import { z } from 'zod';
import { Provider } from '../tailor/schema.ts';

/**
 * GET /v1/account/writers: which AI models this server would write with for this account, and,
 * when none can now, why; the Tailor tab offers the AI writer only when one can.
 */
export const WritersResponse = z.object({
  /** The worker's models, in the order its chain tries them (none: the server has no provider key). */
  models: z.array(z.object({ provider: Provider, model: z.string() })),
  /** Whether this account may use them now. */
  available: z.boolean(),
  /** Why not, for the user; null when available. */
  reason: z.string().nullable(),
});
export type WritersResponse = z.infer<typeof WritersResponse>;
