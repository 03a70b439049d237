import { z } from 'zod';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../sync/protocol.ts';

/**
 * POST /v1/sync/push and GET /v1/sync/pull. The records' wire format (changes, the schema
 * version) is shared/sync/protocol.ts, which the extension's database code reads too; these
 * are its bodies as the routes and the client name them, and what the routes read besides.
 */
export { PullResponse, PushRequest, PushResponse } from '../sync/protocol.ts';

export const SyncHeaders = z.object({
  [SYNC_SCHEMA_HEADER]: z.string().meta({
    description: `The record schema version the client speaks (now ${SYNC_SCHEMA_VERSION}); older gets 426`,
    example: String(SYNC_SCHEMA_VERSION),
  }),
});

export const MAX_PULL_PAGE = 500;

export const PullQuery = z.object({
  after: z.coerce
    .number()
    .int()
    .nonnegative()
    .max(Number.MAX_SAFE_INTEGER)
    .default(0)
    .describe('Cursor from the previous pull (0 for everything)'),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_PAGE).default(200),
});
