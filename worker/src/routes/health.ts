import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { DbHealth, Health } from '../../../shared/api/health.ts';
import { logSafe } from '../lib/errors.ts';
import { errorResponses, jsonResponse, newRouter } from '../lib/openapi.ts';

export const health = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['health'],
      summary: 'The worker is up',
      responses: { 200: jsonResponse(Health, 'Up') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/db',
      tags: ['health'],
      summary: 'The database answers a query',
      responses: {
        200: jsonResponse(DbHealth, 'Database reachable'),
        503: jsonResponse(DbHealth, 'Database unreachable'),
        ...errorResponses(500),
      },
    }),
    async (c) => {
      const started = Date.now();
      try {
        await c.var.db().execute(sql`select 1`);
        return c.json({ status: 'ok' as const, latencyMs: Date.now() - started }, 200);
      } catch (error) {
        console.error(JSON.stringify({ requestId: c.var.requestId, msg: 'health/db failed', error: logSafe(error) }));
        return c.json({ status: 'error' as const, latencyMs: Date.now() - started, message: 'database unreachable' }, 503);
      }
    },
  );
