import { describe, expect, it } from 'vitest';
import { servedRoutes } from './app-routes.ts';
import { testApi } from './harness.ts';

const api = testApi();

describe('health', () => {
  it('answers with a request id', async () => {
    const res = await api.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('reaches the database', async () => {
    const res = await api.request('/health/db');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('reports an unreachable database as 503, not a crash', async () => {
    const { createApp } = await import('../src/app.ts');
    const env = {
      HYPERDRIVE: { connectionString: 'postgres://nobody:x@127.0.0.1:1/none' },
      ALLOWED_ORIGINS: '',
      ENVIRONMENT: 'test' as const,
    };
    const res = await createApp().request('/health/db', {}, env);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error', message: 'database unreachable' });
  });
});

describe('openapi', () => {
  it('documents every route the app serves', async () => {
    const res = await api.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const served = servedRoutes(api.app).filter((route) => route !== 'GET /openapi.json');
    expect(served.length).toBeGreaterThanOrEqual(7);
    for (const route of served) expect(documented, `${route} is not in /openapi.json`).toContain(route);
    expect(doc.paths['/v1/sync/push']).toBeDefined();
  });
});

describe('cors', () => {
  it('admits extension origins and configured web origins only', async () => {
    const preflight = (origin: string) =>
      api.request('/v1/sync/push', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('chrome-extension://abcdefghijklmnop')).headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect((await preflight('https://app.jobsmith.test')).headers.get('access-control-allow-origin')).toBe('https://app.jobsmith.test');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('moz-extension://x')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
