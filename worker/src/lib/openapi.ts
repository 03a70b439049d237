import { createRoute, OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ErrorBody } from '../../../shared/api/auth.ts';
import type { AppEnv } from '../types.ts';
import { requireUser } from './auth.ts';
import { errorBody } from './errors.ts';

/** Every router is made here so that a request failing zod validation gets the one error shape. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const message = result.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
      return c.json(errorBody(c, 'bad_request', message), 400);
    },
  });
}

export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: 'Error', content: { 'application/json': { schema: ErrorBody } } }]),
  );
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const bearerSecurity = [{ bearerAuth: [] }];

/**
 * A route of the signed-in user: requireUser runs on it, with the route's own middleware `before`
 * or `after` it, and the OpenAPI document says it takes a bearer token.
 */
export function userRoute<P extends string, R extends Omit<RouteConfig, 'path' | 'security' | 'middleware'> & { path: P }>(
  route: R,
  { before = [], after = [] }: { before?: MiddlewareHandler<AppEnv>[]; after?: MiddlewareHandler<AppEnv>[] } = {},
) {
  return createRoute({ ...route, security: bearerSecurity, middleware: [...before, requireUser, ...after] });
}
