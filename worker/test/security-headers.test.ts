import { describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/api/auth.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { MAX_BODY_BYTES } from '../src/app.ts';
import { bearer, signUp, testApi } from './harness.ts';

const api = testApi();

describe('security headers', () => {
  it('are on every response: success, error and preflight', async () => {
    const { token } = await signUp(api);
    const responses = [
      await api.request('/health'),
      await api.request('/v1/auth/devices', bearer(token)),
      await api.request('/v1/auth/devices'),
      await api.request('/v1/nope'),
      await api.request('/v1/auth/signin', {
        method: 'OPTIONS',
        headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST' },
      }),
    ];
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('cors', () => {
  const preflight = (origin: string, requestHeaders: string) =>
    api.request('/v1/sync/push', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
    });

  it('lets the extension send the headers the API reads, and read the ones it answers with', async () => {
    const res = await preflight(
      'chrome-extension://abcdefghijklmnop',
      'authorization,content-type,x-sync-schema,x-provider,x-provider-key',
    );
    expect(res.status).toBe(204);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', SYNC_SCHEMA_HEADER, 'x-provider', 'x-provider-key']));
    expect(res.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();

    const { token } = await signUp(api);
    const actual = await api.request('/v1/auth/me', {
      headers: { origin: 'chrome-extension://abcdefghijklmnop', authorization: `Bearer ${token}` },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    const exposed = (actual.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed).toContain('retry-after');
    expect(exposed).toContain('x-request-id');
  });

  it('gives an unknown origin no CORS grant, on preflight or on the real request', async () => {
    expect((await preflight('https://evil.example', 'authorization')).headers.get('access-control-allow-origin')).toBeNull();
    const res = await api.request('/v1/auth/me', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request size', () => {
  const oversized = `{"pad":"${'x'.repeat(MAX_BODY_BYTES)}"}`;

  async function expect413(res: Response) {
    expect(res.status).toBe(413);
    const body = ErrorBody.parse(await res.json());
    expect(body.error.code).toBe('payload_too_large');
  }

  it('refuses a body over the limit with 413 before auth or parsing, on every kind of route', async () => {
    const { token } = await signUp(api);
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION),
    };
    for (const path of ['/v1/auth/signup', '/v1/auth/refresh', '/v1/sync/push', '/v1/generate/resume']) {
      await expect413(await api.request(path, { method: 'POST', headers, body: oversized }));
    }
    await expect413(await api.request('/v1/account', { method: 'DELETE', headers, body: oversized }));
  });

  it('counts the bytes of a streamed body that declares no length', async () => {
    const bytes = new TextEncoder().encode(oversized);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
        controller.close();
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit;
    await expect413(await api.request('/v1/auth/signin', init));
  });

  it('lets a body just under the limit through to validation', async () => {
    const body = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(MAX_BODY_BYTES - 100) });
    const res = await api.request('/v1/auth/signin', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
  });
});
