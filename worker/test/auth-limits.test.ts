import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { bearer, json, signUp, testApi } from './harness.ts';

/** A unique client IP per test, so counters from other tests (and files) do not interfere. */
function ipHeader() {
  return { 'cf-connecting-ip': `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}` };
}

function signInFrom(ip: Record<string, string>, email: string, password = 'wrong password') {
  const init = json({ email, password });
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...ip } };
}

async function expect429(res: Response) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(((await res.json()) as ErrorBody).error.code).toBe('rate_limited');
  return retryAfter;
}

describe('rate limits', () => {
  it('limits sign-in and sign-up attempts per client IP, then lets the next minute in', async () => {
    const clock = { now: Math.floor(Date.now() / 60_000) * 60_000 + 15_000 };
    const api = testApi({ AUTH_RATE_LIMIT_PER_MINUTE: '3' }, { now: () => clock.now });
    const { email } = await signUp(testApi());
    const ip = ipHeader();
    for (let i = 0; i < 3; i++) expect((await api.request('/v1/auth/signin', signInFrom(ip, email))).status).toBe(401);
    // Even the right password waits: the limit is on attempts.
    const retryAfter = await expect429(await api.request('/v1/auth/signin', signInFrom(ip, email, 'correct horse battery')));
    expect(retryAfter).toBe(45);
    const signup = json({ email: `u-${crypto.randomUUID()}@example.com`, password: 'correct horse battery' });
    await expect429(await api.request('/v1/auth/signup', { ...signup, headers: { ...(signup.headers as object), ...ip } }));

    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email))).status).toBe(401);
    clock.now += 45_000;
    expect((await api.request('/v1/auth/signin', signInFrom(ip, email, 'correct horse battery'))).status).toBe(200);
  });

  it('counts refreshes per IP apart from sign-ins', async () => {
    const api = testApi({ AUTH_RATE_LIMIT_PER_MINUTE: '2' });
    const ip = ipHeader();
    const { email } = await signUp(testApi());
    for (let i = 0; i < 2; i++) await api.request('/v1/auth/signin', signInFrom(ip, email));
    await expect429(await api.request('/v1/auth/signin', signInFrom(ip, email)));
    const refresh = (token: string) => {
      const init = json({ refreshToken: token });
      return api.request('/v1/auth/refresh', { ...init, headers: { ...(init.headers as object), ...ip } });
    };
    expect((await refresh('y'.repeat(43))).status).toBe(401);
    expect((await refresh('y'.repeat(43))).status).toBe(401);
    await expect429(await refresh('y'.repeat(43)));
  });

  it('limits each user’s API requests per minute, without touching other users', async () => {
    const api = testApi({ API_RATE_LIMIT_PER_MINUTE: '5' });
    const heavy = await signUp(api);
    const other = await signUp(api);
    for (let i = 0; i < 5; i++) expect((await api.request('/v1/auth/me', bearer(heavy.token))).status).toBe(200);
    await expect429(await api.request('/v1/auth/devices', bearer(heavy.token)));
    expect((await api.request('/v1/auth/me', bearer(other.token))).status).toBe(200);
  });
});
