import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { bearer, json, signUp, testApi, withSql } from './harness.ts';

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

/** An API that lets a client try 3 sign-ins a minute, on a clock 15 s into a minute, and an account to try them on. */
async function threeSignInsAMinute() {
  const clock = { now: Math.floor(Date.now() / 60_000) * 60_000 + 15_000 };
  const api = testApi({ AUTH_RATE_LIMIT_PER_MINUTE: '3' }, { now: () => clock.now });
  const { email } = await signUp(testApi());
  return { clock, api, email };
}

describe('rate limits', () => {
  it('limits sign-in and sign-up attempts per client IP, then lets the next minute in', async () => {
    const { clock, api, email } = await threeSignInsAMinute();
    const ip = ipHeader();
    for (let i = 0; i < 3; i++) expect((await api.request('/v1/auth/signin', signInFrom(ip, email))).status).toBe(401);
    // Even the right password waits: the limit is on attempts.
    const retryAfter = await expect429(await api.request('/v1/auth/signin', signInFrom(ip, email, 'correct horse battery')));
    expect(retryAfter).toBe(45);
    await expect429(await api.request('/v1/auth/signup', signUpFrom(ip)));

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

/** A fresh /64 per call, 2001:db8:<random>:<random>::/64; `host` is the address's last four groups. */
function ipv6Net() {
  const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
  const prefix = `2001:db8:${hex()}:${hex()}`;
  return (host: string) => ({ 'cf-connecting-ip': `${prefix}:${host}` });
}

function signUpFrom(ip: Record<string, string>, email = `u-${crypto.randomUUID()}@example.com`) {
  const init = json({ email, password: 'correct horse battery' });
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...ip } };
}

describe('rate limits: addresses, accounts and sign-ups', () => {
  it('counts an IPv6 /64 as one client: two addresses in it share a budget, the next /64 does not', async () => {
    const { api, email } = await threeSignInsAMinute();
    const net = ipv6Net();
    expect((await api.request('/v1/auth/signin', signInFrom(net('0:0:0:1'), email))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', signInFrom(net('dead:beef:0:2'), email))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', signInFrom(net('ffff:ffff:ffff:ffff'), email))).status).toBe(401);
    await expect429(await api.request('/v1/auth/signin', signInFrom(net('1234:0:0:5'), email)));
    expect((await api.request('/v1/auth/signin', signInFrom(ipv6Net()('0:0:0:1'), email))).status).toBe(401);
  });

  it('throttles failed sign-ins of one account from any number of addresses, for known and unknown emails alike', async () => {
    const window = 15 * 60_000;
    const clock = { now: Math.floor(Date.now() / window) * window + 60_000 };
    const api = testApi({ SIGNIN_FAILURES_PER_ACCOUNT: '3' }, { now: () => clock.now });
    const { email } = await signUp(testApi());
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    for (const target of [email, unknown]) {
      for (let i = 0; i < 3; i++) expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), target))).status).toBe(401);
      const res = await api.request('/v1/auth/signin', signInFrom(ipv6Net()('0:0:0:9'), target, 'correct horse battery'));
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBe(14 * 60);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(/failed sign-ins for this account/);
    }
    // Another account is not affected, and the window's end lets the owner in.
    const other = await signUp(testApi());
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), other.email, 'correct horse battery'))).status).toBe(200);
    clock.now += 14 * 60_000;
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email, 'correct horse battery'))).status).toBe(200);
  });

  it('a right password clears the account’s failures', async () => {
    const api = testApi({ SIGNIN_FAILURES_PER_ACCOUNT: '2' });
    const { email } = await signUp(testApi());
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email, 'correct horse battery'))).status).toBe(200);
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email))).status).toBe(401);
    expect((await api.request('/v1/auth/signin', signInFrom(ipHeader(), email, 'correct horse battery'))).status).toBe(200);
  });

  it('limits sign-ups per client per hour', async () => {
    const api = testApi({ SIGNUP_RATE_LIMIT_PER_HOUR: '2' });
    const net = ipv6Net();
    expect((await api.request('/v1/auth/signup', signUpFrom(net('0:0:0:1')))).status).toBe(201);
    expect((await api.request('/v1/auth/signup', signUpFrom(net('0:0:0:2')))).status).toBe(201);
    const res = await api.request('/v1/auth/signup', signUpFrom(net('0:0:0:3')));
    expect(res.status).toBe(429);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/sign-ups from this network/);
    expect((await api.request('/v1/auth/signup', signUpFrom(ipv6Net()('0:0:0:1')))).status).toBe(201);
  });

  it('limits sign-ups across all clients per hour', async () => {
    // Other test files sign up too, into the same hour's counter: start the limit three above it.
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const [row] = await withSql((sql) => sql`select count, window_start from rate_limits where key = 'signup:*'`);
    const current = row && new Date(row.window_start as string).getTime() === hour.getTime() ? Number(row.count) : 0;
    const api = testApi({ SIGNUP_GLOBAL_LIMIT_PER_HOUR: String(current + 3) });
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await api.request('/v1/auth/signup', signUpFrom(ipv6Net()('0:0:0:1')))).status);
    expect(answers.filter((s) => s === 201).length).toBeLessThanOrEqual(3);
    expect(answers.slice(3)).toEqual([429, 429]);
    const res = await api.request('/v1/auth/signup', signUpFrom(ipHeader()));
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/sign-ups on this server/);
  });
});
