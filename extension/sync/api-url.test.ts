import { describe, expect, it } from 'vitest';
import { testApi } from '../../worker/test/harness.ts';
import type { Session } from '../settings.ts';
import { freshDb } from '../test/helpers.ts';
import { checkApiUrl } from './api-url.ts';
import { createSyncService } from './sync-service.ts';

describe('the server address', () => {
  it('is https in a production build, http only for this computer', () => {
    expect(checkApiUrl('https://sync.example.org/', true)).toBe('https://sync.example.org');
    expect(checkApiUrl('http://127.0.0.1:8787', true)).toBe('http://127.0.0.1:8787');
    expect(checkApiUrl('http://localhost:8787/', true)).toBe('http://localhost:8787');
    expect(() => checkApiUrl('http://sync.example.org', true)).toThrow(/https/);
    expect(checkApiUrl('http://192.168.1.20:8787', false)).toBe('http://192.168.1.20:8787');
    expect(() => checkApiUrl('https://user:secret@sync.example.org', true)).toThrow(/user name or password/);
    expect(() => checkApiUrl('ftp://sync.example.org', false)).toThrow(/https/);
    expect(() => checkApiUrl('not a url', false)).toThrow(/not a web address/);
  });

  it('changed while signed in: signs out at the old server and sends no token to the new one', async () => {
    const old = testApi({});
    const requests: Array<{ host: string; path: string; authorization: string | null }> = [];
    const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      const authorization = new Headers(init?.headers).get('authorization');
      requests.push({ host: url.host, path: url.pathname, authorization });
      if (url.host !== 'old.jobsmith.test') throw new TypeError('Failed to fetch');
      return old.request(url.pathname + url.search, init);
    }) as typeof fetch;
    let apiUrl = 'https://old.jobsmith.test';
    let session: Session | null = null;
    const service = createSyncService({
      db: freshDb(),
      getApiUrl: async () => apiUrl,
      setApiUrl: async (url) => {
        apiUrl = url;
      },
      getSession: async () => session,
      setSession: async (s) => {
        session = s;
      },
      getCursor: async () => 0,
      setCursor: async () => {},
      broadcast: () => {},
      fetch: fetchFn,
      production: true,
      setTimer: () => {},
    });
    await service.signIn('sign-up', `move-${crypto.randomUUID()}@example.com`, 'correct horse battery');
    const token = (session as Session | null)?.accessToken;
    expect(token).toBeTruthy();
    requests.length = 0;

    await expect(service.setApiUrl('http://new.jobsmith.test')).rejects.toThrow(/https/);
    expect(apiUrl).toBe('https://old.jobsmith.test');
    expect(session).not.toBeNull();

    const status = await service.setApiUrl('https://new.jobsmith.test/');
    expect(status).toMatchObject({ state: 'signed-out', apiUrl: 'https://new.jobsmith.test' });
    expect(session).toBeNull();
    expect(requests.filter((r) => r.host === 'old.jobsmith.test').map((r) => r.path)).toEqual(['/v1/auth/signout']);
    expect(requests.filter((r) => r.host === 'new.jobsmith.test')).toEqual([]);
    // The old server revoked the token: it no longer works there either.
    const res = await old.request('/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });
});

describe('consent to send data', () => {
  it('withdrawn, sync sends nothing and says why', async () => {
    const requests: string[] = [];
    const fetchFn = (async (input: string | URL | Request) => {
      requests.push(String(input));
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    let consent = true;
    const session = {
      accessToken: 'a',
      accessExpiresAt: Date.now() + 3_600_000,
      refreshToken: 'r',
      email: 'consent@example.com',
      userId: 'u1',
      deviceId: 'd1',
      deviceName: 'Test',
    };
    const service = createSyncService({
      db: freshDb(),
      getApiUrl: async () => 'https://sync.example.org',
      setApiUrl: async () => {},
      getSession: async () => session,
      setSession: async () => {},
      getCursor: async () => 0,
      setCursor: async () => {},
      broadcast: () => {},
      fetch: fetchFn,
      mayTransmit: async () => consent,
      setTimer: () => {},
    });
    consent = false;
    const status = await service.syncNow();
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/consent to send your data/);
    expect(requests).toEqual([]);
  });
});
