import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_MS, DevicesResponse, type ErrorBody, REFRESH_TOKEN_TTL_MS, SessionResponse } from '../../shared/api/auth.ts';
import { bearer, json, signUp, type TestApi, testApi, withSql } from './harness.ts';

const PASSWORD = 'correct horse battery';

/** An app whose clock the test moves, so expiry is tested without sleeping. */
function clockedApi() {
  const clock = { now: Date.now() };
  const api = testApi({}, { now: () => clock.now });
  return { api, clock };
}

async function signIn(api: TestApi, email: string, deviceName = 'Browser') {
  const res = await api.request('/v1/auth/signin', json({ email, password: PASSWORD, deviceName }));
  expect(res.status).toBe(200);
  return SessionResponse.parse(await res.json());
}

async function refresh(api: TestApi, refreshToken: string) {
  return api.request('/v1/auth/refresh', json({ refreshToken }));
}

async function code(res: Response) {
  return ((await res.json()) as ErrorBody).error.code;
}

async function status(api: TestApi, token: string) {
  return (await api.request('/v1/auth/me', bearer(token))).status;
}

async function devices(api: TestApi, token: string) {
  const res = await api.request('/v1/auth/devices', bearer(token));
  expect(res.status).toBe(200);
  return DevicesResponse.parse(await res.json()).devices;
}

describe('accounts', () => {
  const api = testApi();

  it('signs up, signs in, and knows who is signed in', async () => {
    const { email, token, user } = await signUp(api);
    const me = await api.request('/v1/auth/me', bearer(token));
    expect(await me.json()).toEqual({ user: { id: user.id, email } });
    const again = await signIn(api, email.toUpperCase(), 'Firefox on Linux');
    expect(again.user).toEqual(user);
    expect(again.device.name).toBe('Firefox on Linux');
  });

  it('refuses a second account with the same email', async () => {
    const { email } = await signUp(api);
    const res = await api.request('/v1/auth/signup', json({ email, password: 'another password' }));
    expect(res.status).toBe(409);
    expect(await code(res)).toBe('email_taken');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const { email } = await signUp(api);
    const wrong = await api.request('/v1/auth/signin', json({ email, password: 'wrong password' }));
    const unknown = await api.request('/v1/auth/signin', json({ email: `nobody-${email}`, password: 'wrong password' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const body = async (res: Response) => ((await res.json()) as ErrorBody).error;
    const [a, b] = [await body(wrong), await body(unknown)];
    expect({ code: a.code, message: a.message }).toEqual({ code: b.code, message: b.message });
  });

  it('stores only a salted PBKDF2 hash of the password and hashes of the tokens', async () => {
    const first = await signUp(api);
    const second = await signUp(api);
    const rows = await withSql(
      (sql) => sql`
        select u.email, u.password_hash, u.password_salt, u.password_iterations, a.token_hash as access_hash, r.token_hash as refresh_hash
        from users u join access_tokens a on a.user_id = u.id join refresh_tokens r on r.user_id = u.id
        where u.email in (${first.email}, ${second.email})`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const session = row.email === first.email ? first : second;
      expect(row.password_hash).not.toContain('correct horse');
      expect(row.password_iterations).toBe(100_000);
      expect(row.access_hash).not.toBe(session.accessToken);
      expect(row.refresh_hash).not.toBe(session.refreshToken);
    }
    // Same password, different salts: different hashes.
    expect(rows[0]?.password_salt).not.toBe(rows[1]?.password_salt);
    expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
  });
});

describe('tokens', () => {
  it('issues a 15-minute access token and a refresh token for a named device', async () => {
    const { api, clock } = clockedApi();
    const res = await api.request(
      '/v1/auth/signup',
      json({ email: `u-${crypto.randomUUID()}@example.com`, password: PASSWORD, deviceName: 'Chrome on Mac' }),
    );
    expect(res.status).toBe(201);
    const session = SessionResponse.parse(await res.json());
    expect(session.accessExpiresAt).toBe(clock.now + ACCESS_TOKEN_TTL_MS);
    expect(session.device.name).toBe('Chrome on Mac');
    expect(session.refreshToken).not.toBe(session.accessToken);
  });

  it('an access token expires after 15 minutes; refreshing gives a working pair for the same device', async () => {
    const { api, clock } = clockedApi();
    const first = await signUp(api);
    clock.now += ACCESS_TOKEN_TTL_MS - 1000;
    expect(await status(api, first.accessToken)).toBe(200);
    clock.now += 1000;
    const expired = await api.request('/v1/auth/me', bearer(first.accessToken));
    expect(expired.status).toBe(401);
    expect(await code(expired)).toBe('token_expired');

    const res = await refresh(api, first.refreshToken);
    expect(res.status).toBe(200);
    const next = SessionResponse.parse(await res.json());
    expect(next.device).toEqual(first.device);
    expect(next.user).toEqual(first.user);
    expect(next.accessExpiresAt).toBe(clock.now + ACCESS_TOKEN_TTL_MS);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(await status(api, next.accessToken)).toBe(200);
  });

  it('an unexpired access token keeps working after a refresh, so requests in flight do not fail', async () => {
    const api = testApi();
    const first = await signUp(api);
    const next = SessionResponse.parse(await (await refresh(api, first.refreshToken)).json());
    expect(await status(api, first.accessToken)).toBe(200);
    expect(await status(api, next.accessToken)).toBe(200);
  });

  it('a reused refresh token signs its device out and is reported as reuse; other devices stay in', async () => {
    const api = testApi();
    const first = await signUp(api);
    const other = await signIn(api, first.email, 'Laptop');
    const next = SessionResponse.parse(await (await refresh(api, first.refreshToken)).json());

    const reused = await refresh(api, first.refreshToken);
    expect(reused.status).toBe(401);
    expect(await code(reused)).toBe('refresh_reused');
    // The whole family is gone: the tokens issued by the legitimate rotation too.
    expect(await status(api, next.accessToken)).toBe(401);
    expect(await status(api, first.accessToken)).toBe(401);
    const afterReuse = await refresh(api, next.refreshToken);
    expect(afterReuse.status).toBe(401);
    expect(await code(afterReuse)).toBe('refresh_invalid');
    expect(await status(api, other.accessToken)).toBe(200);
    expect((await devices(api, other.accessToken)).map((d) => d.id)).toEqual([other.device.id]);
  });

  it('two simultaneous uses of one refresh token: one wins, the other is reuse and revokes the device', async () => {
    const api = testApi();
    const first = await signUp(api);
    const results = await Promise.all([refresh(api, first.refreshToken), refresh(api, first.refreshToken)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401]);
    const loser = results.find((r) => r.status === 401);
    expect(loser && (await code(loser))).toBe('refresh_reused');
    const winner = SessionResponse.parse(await results.find((r) => r.status === 200)?.json());
    expect(await status(api, winner.accessToken)).toBe(401);
  });

  it('a refresh token unused for 30 days has expired', async () => {
    const { api, clock } = clockedApi();
    const first = await signUp(api);
    clock.now += REFRESH_TOKEN_TTL_MS;
    const res = await refresh(api, first.refreshToken);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('refresh_expired');
  });

  it('each refresh gives the next 30 days, and drops the expired tokens of the device', async () => {
    const { api, clock } = clockedApi();
    let session = await signUp(api);
    for (let i = 0; i < 3; i++) {
      clock.now += REFRESH_TOKEN_TTL_MS - 60_000;
      const res = await refresh(api, session.refreshToken);
      expect(res.status).toBe(200);
      session = { ...session, ...SessionResponse.parse(await res.json()) };
    }
    const [counts] = await withSql(
      (sql) => sql`
        select (select count(*)::int from access_tokens where session_id = ${session.device.id}) as access,
               (select count(*)::int from refresh_tokens where session_id = ${session.device.id}) as refresh`,
    );
    // The current pair, plus the refresh token used last (kept to detect its reuse).
    expect(counts).toEqual({ access: 1, refresh: 2 });
  });

  it('refuses an unknown or malformed refresh token', async () => {
    const api = testApi();
    const unknown = await refresh(api, 'x'.repeat(43));
    expect(unknown.status).toBe(401);
    expect(await code(unknown)).toBe('refresh_invalid');
    expect((await refresh(api, '')).status).toBe(400);
    expect((await api.request('/v1/auth/refresh', json({ refreshToken: 5 }))).status).toBe(400);
  });
});

describe('devices and sign-out', () => {
  it('signing out revokes this device’s access and refresh tokens only', async () => {
    const api = testApi();
    const first = await signUp(api);
    const other = await signIn(api, first.email);
    expect((await api.request('/v1/auth/signout', { method: 'POST', ...bearer(first.accessToken) })).status).toBe(200);
    expect(await status(api, first.accessToken)).toBe(401);
    const res = await refresh(api, first.refreshToken);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('refresh_invalid');
    expect(await status(api, other.accessToken)).toBe(200);
  });

  it('signing out everywhere revokes every device of the user and no one else’s', async () => {
    const api = testApi();
    const first = await signUp(api);
    const second = await signIn(api, first.email);
    const stranger = await signUp(api);
    expect((await api.request('/v1/auth/signout-all', { method: 'POST', ...bearer(second.accessToken) })).status).toBe(200);
    for (const session of [first, second]) {
      expect(await status(api, session.accessToken)).toBe(401);
      expect((await refresh(api, session.refreshToken)).status).toBe(401);
    }
    expect(await status(api, stranger.accessToken)).toBe(200);
  });

  it('lists the devices with names, marks the caller, and moves last-seen at most once a minute', async () => {
    const { api, clock } = clockedApi();
    const start = clock.now;
    const first = await signUp(api);
    clock.now += 1000;
    const laptop = await signIn(api, first.email, 'Laptop');

    const fromLaptop = await devices(api, laptop.accessToken);
    expect(fromLaptop).toEqual([
      { id: first.device.id, name: 'Browser', createdAt: start, lastSeenAt: start, current: false },
      { id: laptop.device.id, name: 'Laptop', createdAt: start + 1000, lastSeenAt: start + 1000, current: true },
    ]);

    clock.now = start + 30_000;
    await status(api, first.accessToken);
    expect((await devices(api, laptop.accessToken))[0]?.lastSeenAt).toBe(start);
    clock.now = start + 61_000;
    await status(api, first.accessToken);
    const later = await devices(api, first.accessToken);
    expect(later[0]).toMatchObject({ id: first.device.id, lastSeenAt: start + 61_000, current: true });
    expect(later[1]).toMatchObject({ id: laptop.device.id, current: false });
  });

  it('keeps control characters (NUL among them, which Postgres refuses) out of device names and ids', async () => {
    const api = testApi();
    const res = await api.request(
      '/v1/auth/signup',
      json({ email: `u-${crypto.randomUUID()}@example.com`, password: PASSWORD, deviceName: 'Lap\u0000top\u001b' }),
    );
    expect(res.status).toBe(201);
    const session = SessionResponse.parse(await res.json());
    expect(session.device.name).toBe('Laptop');
    const blank = await api.request('/v1/auth/signin', json({ email: session.user.email, password: PASSWORD, deviceName: '\u0000\u0007' }));
    expect(SessionResponse.parse(await blank.json()).device.name).toBe('Browser');
    const nul = await api.request('/v1/auth/devices/a%00b', { method: 'DELETE', ...bearer(session.accessToken) });
    expect(nul.status).toBe(400);
  });

  it('forgets a device unseen for longer than a refresh token lives', async () => {
    const { api, clock } = clockedApi();
    const first = await signUp(api);
    clock.now += REFRESH_TOKEN_TTL_MS + 1000;
    const later = await signIn(api, first.email, 'New laptop');
    expect((await devices(api, later.accessToken)).map((d) => d.name)).toEqual(['New laptop']);
    const [row] = await withSql((sql) => sql`select count(*)::int as n from sessions where id = ${first.device.id}`);
    expect(row?.n).toBe(0);
  });

  it('signs one device out by id; another user’s device id or an unknown one is 404', async () => {
    const api = testApi();
    const first = await signUp(api);
    const laptop = await signIn(api, first.email, 'Laptop');
    const stranger = await signUp(api);

    const foreign = await api.request(`/v1/auth/devices/${stranger.device.id}`, { method: 'DELETE', ...bearer(first.accessToken) });
    expect(foreign.status).toBe(404);
    expect(await status(api, stranger.accessToken)).toBe(200);
    const unknown = await api.request('/v1/auth/devices/nope', { method: 'DELETE', ...bearer(first.accessToken) });
    expect(unknown.status).toBe(404);

    const res = await api.request(`/v1/auth/devices/${laptop.device.id}`, { method: 'DELETE', ...bearer(first.accessToken) });
    expect(res.status).toBe(204);
    expect(await status(api, laptop.accessToken)).toBe(401);
    expect((await refresh(api, laptop.refreshToken)).status).toBe(401);
    expect((await devices(api, first.accessToken)).map((d) => d.id)).toEqual([first.device.id]);
  });
});
