import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type Db, openDb } from './db/client.ts';
import { requireUser } from './lib/auth.ts';
import { originAllowed } from './lib/cors.ts';
import { ApiError, codeForStatus, errorBody, logSafe } from './lib/errors.ts';
import { newRouter } from './lib/openapi.ts';
import { guardOperatorKeys } from './lib/operator-keys.ts';
import { limitDailyGenerations } from './lib/quota.ts';
import { account } from './routes/account.ts';
import { auth } from './routes/auth.ts';
import { boards } from './routes/boards.ts';
import { coach } from './routes/coach.ts';
import { events } from './routes/events.ts';
import { generate } from './routes/generate.ts';
import { health } from './routes/health.ts';
import { sync } from './routes/sync.ts';

/** Requests larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Epoch ms; token expiry, device last-seen and rate-limit windows read it. */
  now?: () => number;
}

export function createApp(options: AppOptions = {}) {
  const now = options.now ?? Date.now;
  const app = newRouter();

  app.use(requestId());
  app.use(async (c, next) => {
    c.set('now', now);
    await next();
  });
  app.use(secureHeaders());
  app.use(
    cors({
      origin: (origin, c) => (originAllowed(origin, c.env.ALLOWED_ORIGINS, c.env.ENVIRONMENT) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'X-Sync-Schema', 'X-Provider', 'X-Provider-Key'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody(c, 'payload_too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`), 413),
    }),
  );
  // The database is opened only by routes that use it, and closed before the response leaves.
  app.use(async (c, next) => {
    let opened: ReturnType<typeof openDb> | undefined;
    c.set('db', (): Db => {
      opened ??= openDb(c.env.HYPERDRIVE.connectionString);
      return opened.db;
    });
    try {
      await next();
    } finally {
      if (opened) await opened.close();
    }
  });

  // Generation may spend the operator's provider keys: only confirmed accounts, under the day's
  // caps (the server's spend, the account's number of generations).
  for (const path of ['/v1/generate/*', '/v1/coach/*']) app.use(path, requireUser, limitDailyGenerations, guardOperatorKeys);

  app.route('/health', health);
  app.route('/v1/auth', auth);
  app.route('/v1/account', account);
  app.route('/v1/sync', sync);
  app.route('/v1/generate', generate);
  app.route('/v1/events', events);
  app.route('/v1/coach', coach);
  app.route('/v1/boards', boards);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Jobsmith API', version: '0.1.0', description: 'Sync, generation and analytics for the Jobsmith extension.' },
  });

  app.notFound((c) => c.json(errorBody(c, 'not_found', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(c, error.code, error.message), error.status, error.headers);
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      return c.json(errorBody(c, codeForStatus(status), error.message || 'bad request'), status);
    }
    console.error(
      JSON.stringify({
        requestId: c.var.requestId,
        msg: 'unhandled error',
        // A failed query's message carries its parameters (the user's data): log the database's own
        // reason and where it happened, never the values.
        error: logSafe(error),
      }),
    );
    return c.json(errorBody(c, 'internal', 'internal error; quote the request id when reporting it'), 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
