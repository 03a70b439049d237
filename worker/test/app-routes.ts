/** The app's routes as its router serves them and as its OpenAPI document lists them, for the tests that go over every route. */
import type { TestApi } from './harness.ts';

/** Every route the app serves, from its router (not the OpenAPI document, which a route could be missing from). */
export function servedRoutes(app: TestApi['app']) {
  const routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')}`);
  return [...new Set(routes)];
}

/** The OpenAPI document's paths, each operation read as the caller needs it. */
export function openApiPaths<Op = unknown>(app: TestApi['app']): Record<string, Record<string, Op>> {
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'test', version: '0' } }) as unknown as {
    paths: Record<string, Record<string, Op>>;
  };
  return doc.paths;
}

/** Every route that requires a bearer token, per the OpenAPI document. */
export function documentedAuthenticated(app: TestApi['app']) {
  return Object.entries(openApiPaths<{ security?: unknown[] }>(app)).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => (op.security?.length ?? 0) > 0)
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}
