import { createMiddleware } from 'hono/factory';
import { PullQuery, PullResponse, PushRequest, PushResponse, SyncHeaders } from '../../../shared/api/sync.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../../shared/sync/protocol.ts';
import { ApiError } from '../lib/errors.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';
import { quotaOf } from '../lib/quota.ts';
import { checkChange } from '../sync/check-change.ts';
import { notePull, pullChanges, pushChanges } from '../sync/store.ts';
import type { AppEnv } from '../types.ts';

/**
 * Both sync routes first read the client's record schema version: an older client would push
 * records the merge cannot read, so it is told to update (426) before anything is applied.
 */
const requireSyncSchema = createMiddleware<AppEnv>(async (c, next) => {
  const raw = c.req.header(SYNC_SCHEMA_HEADER)?.trim();
  const update = `update the extension, then sync again (nothing on this device is lost)`;
  if (!raw) throw new ApiError(426, 'upgrade_required', `this client sent no ${SYNC_SCHEMA_HEADER} header: ${update}`);
  if (!/^\d{1,6}$/.test(raw))
    throw new ApiError(400, 'bad_request', `${SYNC_SCHEMA_HEADER} must be a schema version number, not "${raw.slice(0, 20)}"`);
  const version = Number(raw);
  if (version < SYNC_SCHEMA_VERSION)
    throw new ApiError(426, 'upgrade_required', `this client syncs schema ${version}; the server needs ${SYNC_SCHEMA_VERSION}: ${update}`);
  if (version > SYNC_SCHEMA_VERSION)
    throw new ApiError(400, 'bad_request', `sync schema ${version} is newer than this server's (${SYNC_SCHEMA_VERSION})`);
  await next();
});

export const sync = newRouter()
  .openapi(
    userRoute(
      {
        method: 'post',
        path: '/push',
        tags: ['sync'],
        summary: 'Merge a batch of changes into the stored records (idempotent by op id)',
        request: { headers: SyncHeaders, body: jsonBody(PushRequest) },
        responses: {
          200: jsonResponse(PushResponse, 'Applied, or already applied before'),
          ...errorResponses(400, 401, 413, 426),
        },
        description:
          'A push that would take the account past its storage quota (QUOTA_RECORDS, QUOTA_RECORD_BYTES; deleted records do not count) is refused whole: 413 `quota_exceeded`.',
      },
      { before: [requireSyncSchema] },
    ),
    async (c) => {
      const { changes } = c.req.valid('json');
      const now = c.var.now();
      for (const [index, change] of changes.entries()) checkChange(change, index, now);
      return c.json(await pushChanges(c.var.db(), c.var.user.id, changes, quotaOf(c.env)), 200);
    },
  )
  .openapi(
    userRoute(
      {
        method: 'get',
        path: '/pull',
        tags: ['sync'],
        summary: "The user's records changed after a cursor, in sequence order",
        request: { headers: SyncHeaders, query: PullQuery },
        responses: { 200: jsonResponse(PullResponse, 'Changes in sequence order'), ...errorResponses(400, 401, 426) },
      },
      { before: [requireSyncSchema] },
    ),
    async (c) => {
      const { after, limit } = c.req.valid('query');
      const db = c.var.db();
      await notePull(db, c.var.user.id, c.var.user.sessionId, c.var.now());
      return c.json(await pullChanges(db, c.var.user.id, after, limit), 200);
    },
  );
