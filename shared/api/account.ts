import { z } from 'zod';

/**
 * GET /v1/account/export: all of the account's data, for the user to keep (the Settings tab saves
 * it as a file). Loose, so what a newer worker adds reaches the file rather than being dropped.
 */
export const AccountExport = z.looseObject({
  exportedAt: z.number().int(),
  user: z.object({ id: z.string(), email: z.string(), createdAt: z.number().int() }),
  devices: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.number().int(), lastSeenAt: z.number().int() })),
  tables: z
    .record(z.string(), z.array(z.record(z.string(), z.unknown())))
    .describe(
      'Every other row of the account, by table: `records` holds every synced record ({entity, id, data, ...}), `llm_cache` the generated documents, `llm_calls` the generation log.',
    ),
});
export type AccountExport = z.infer<typeof AccountExport>;
