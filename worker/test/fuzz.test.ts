import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, SessionResponse } from '../../shared/api/auth.ts';
import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { bearer, json, signUp, testApi } from './harness.ts';
import { edit } from './saved-job.ts';

/**
 * Thousands of malformed, oversized and random requests across every route: each must get a
 * status below 500 (a 4xx in the one error shape when it is an error), and the server must
 * still serve a valid request afterwards. Seeded, so a failure replays: FUZZ_SEED=<n> to vary.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const REQUESTS = 5_000;
const CONCURRENCY = 16;
const PASSWORD = 'correct horse battery';

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const int = (n: number) => Math.floor(random() * n);
const chance = (p: number) => random() < p;
function pick<T>(items: readonly T[]): T {
  return items[int(items.length)] as T;
}

const ALPHABET = 'abcXYZ019_-.~/%?#&=+ \\"\'<>{}[]éß日本🙂\u0000\u0007\u200b\ud800';
function randomString(max = 40): string {
  let s = '';
  const n = int(max + 1);
  for (let i = 0; i < n; i++) s += ALPHABET[int(ALPHABET.length)];
  return s;
}

const HUGE = 'x'.repeat(300_000);
const STRINGS = ['', ' ', 'null', '0', '-1', '1e309', 'NaN', '__proto__', 'constructor', '../../etc/passwd', '<script>', HUGE];
const NUMBERS = [0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER];

/** A JSON value of any type, nested a little. */
function randomValue(depth = 0): unknown {
  switch (int(depth > 3 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return chance(0.5);
    case 2:
      return pick(NUMBERS);
    case 3:
      return chance(0.2) ? pick(STRINGS) : randomString();
    case 4:
      return randomString(8);
    case 5:
      return Array.from({ length: int(5) }, () => randomValue(depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(FIELD_NAMES), randomValue(depth + 1)]));
  }
}

/** Field names the routes read, so random objects get past the first check sometimes. */
const FIELD_NAMES = [
  'email',
  'password',
  'deviceName',
  'refreshToken',
  'changes',
  'opId',
  'entity',
  'record',
  'id',
  'clocks',
  'updatedAt',
  'createdAt',
  'deletedAt',
  'profile',
  'job',
  'question',
  'provider',
  '__proto__',
  randomString(6),
];

/** Strings a client may well send inside otherwise valid records, and Postgres text and jsonb refuse (NUL, a lone surrogate). */
const HOSTILE = ['\u0000', '\ud800', 'a\u0000b', '\udfff\ud800', '\u0007\u001b[31m', '\ufeff'];

/** A correctly stamped push of a job whose title carries one of HOSTILE: only the strings are wrong. */
function hostilePush() {
  const saved = newSavedJob(
    sampleCapture({ title: `Engineer ${pick(HOSTILE)}`, company: pick(HOSTILE), descriptionHtml: '<p>Go</p>' }),
    Date.now(),
  );
  return { changes: [{ opId: newId(), entity: 'job', record: edit(undefined, saved.job) }] };
}

/** Valid bodies for each route, to mutate one field at a time into something wrong. */
function validBodies(): unknown[] {
  const job = sampleCapture({ title: 'Engineer', company: 'Acme', descriptionHtml: '<p>Go</p>' });
  return [
    hostilePush(),
    { email: `fuzz-${int(1e9)}@example.com`, password: PASSWORD, deviceName: pick(HOSTILE) },
    { email: `fuzz-${int(1e9)}@example.com`, password: PASSWORD, deviceName: 'Fuzz' },
    { refreshToken: 'r'.repeat(43) },
    { password: 'not the password' },
    { changes: [{ opId: '01J00000000000000000000000', entity: 'job', record: { ...job, id: 'x', clocks: {} } }] },
    { profile: BACKEND_ENGINEER, job, provider: 'offline' },
    { profile: BACKEND_ENGINEER, job, question: 'Why?', provider: 'offline' },
  ];
}

function mutate(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || chance(0.3)) return randomValue();
    const copy = [...value];
    const i = int(copy.length);
    copy[i] = mutate(copy[i], depth + 1);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const key = pick(keys.length ? keys : ['x']);
    if (chance(0.2)) delete copy[key];
    else copy[key] = depth > 2 || chance(0.5) ? randomValue() : mutate(copy[key], depth + 1);
    return copy;
  }
  return randomValue();
}

function deeplyNested(levels: number): string {
  return chance(0.5) ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** A body of some kind: JSON of the wrong shape, broken JSON, bytes that are not UTF-8, too much of it. */
function randomBody(): BodyInit {
  switch (int(10)) {
    case 0:
      return JSON.stringify(randomValue());
    case 1:
      return JSON.stringify(pick(validBodies()));
    case 2:
    case 3:
      return JSON.stringify(mutate(pick(validBodies())));
    case 4:
      return JSON.stringify(mutate(pick(validBodies()))).slice(0, int(60));
    case 5:
      return deeplyNested(pick([100, 5_000, 100_000]));
    case 6:
      return Uint8Array.from({ length: int(200) + 1 }, () => pick([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, int(256)]));
    case 7:
      return chance(0.5) ? `{"pad":"${'y'.repeat(1_100_000)}"}` : JSON.stringify({ email: HUGE, password: HUGE, changes: HUGE });
    case 8:
      return randomString(200);
    default:
      return '';
  }
}

/** Percent-encodes for a URL, with lone surrogates (which have no UTF-8) made U+FFFD; malformed escapes are added on purpose elsewhere. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
}

const BAD_ESCAPES = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00'];

interface Route {
  method: string;
  path: string;
}

function routePath(route: Route, deviceId: string): string {
  let path = route.path.replace('{id}', () =>
    chance(0.1) ? pick(BAD_ESCAPES) : encode(pick([deviceId, randomString(10), HUGE.slice(0, 5000), '..', '01J00000000000000000000000'])),
  );
  if (chance(0.3)) {
    const params = Array.from(
      { length: int(4) + 1 },
      () =>
        `${pick(['after', 'limit', 'x', '', encode(randomString(4))])}=${chance(0.1) ? pick(BAD_ESCAPES) : encode(String(randomValue(4)))}`,
    );
    path += `?${params.join('&')}`;
  }
  if (chance(0.05)) path += pick(['/', '//', '/extra', '%2F..', ';x']);
  return path;
}

function randomPath(): string {
  return pick([
    `/v1/${encode(randomString(12))}`,
    `/v1/auth/${pick(BAD_ESCAPES)}`,
    `/v1/sync/${encode(randomString(8))}`,
    `/${'a/'.repeat(int(500))}`,
    `/v1/auth/devices/${'x'.repeat(int(10_000))}`,
    '/openapi.json',
    '/health/db',
  ]);
}

function randomHeaders(token: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const auth = int(6);
  if (auth <= 2) headers.authorization = `Bearer ${token}`;
  else if (auth === 3) headers.authorization = `Bearer ${pick(['x'.repeat(43), randomString(60), 'a'.repeat(5000), ''])}`;
  else if (auth === 4) headers.authorization = pick(['Basic Zm9vOmJhcg==', 'Bearer', 'bearer  x', token]);
  if (chance(0.5)) headers['content-type'] = 'application/json';
  else if (chance(0.6))
    headers['content-type'] = pick([
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'garbage',
    ]);
  const schema = int(4);
  if (schema <= 1) headers[SYNC_SCHEMA_HEADER] = String(SYNC_SCHEMA_VERSION);
  else if (schema === 2) headers[SYNC_SCHEMA_HEADER] = pick(['1', '99', '-1', 'abc', '1'.repeat(400), '']);
  if (chance(0.2)) headers['x-provider'] = pick(['anthropic', 'openai', 'offline', randomString(5)]);
  if (chance(0.2)) headers['x-provider-key'] = pick(['sk-test', '', 'k'.repeat(600)]);
  if (chance(0.2)) headers.accept = pick(['text/event-stream', '*/*', 'application/xml']);
  if (chance(0.2)) headers['cf-connecting-ip'] = pick(['203.0.113.7', '::1', randomString(20), '']);
  if (chance(0.1)) headers.origin = pick(['chrome-extension://abc', 'https://evil.example', 'null']);
  if (chance(0.05)) headers['x-request-id'] = pick(['a'.repeat(300), 'id with spaces', '']);
  // Fetch refuses to send header values outside Latin-1, so send what a client could: printable ASCII and Latin-1 bytes.
  for (const [name, value] of Object.entries(headers)) headers[name] = value.replace(/[^\x20-\x7e\xa0-\xff]/g, '\xe9');
  return headers;
}

const api = testApi({
  // A user's key makes the chain call the provider: point them at a closed port so nothing leaves the machine.
  ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
  OPENAI_BASE_URL: 'http://127.0.0.1:9',
  LLM_TIMEOUT_MS: '500',
});

describe('fuzz', () => {
  let email = '';
  let token = '';
  let deviceId = '';
  let routes: Route[] = [];

  beforeAll(async () => {
    const session = await signUp(api);
    email = session.email;
    token = session.token;
    deviceId = session.device.id;
    const doc = api.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'fuzz', version: '0' } }) as unknown as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  });

  /** The fuzz may sign its own device out (or delete the account, should it guess the password): come back in. */
  async function ensureSignedIn() {
    if ((await api.request('/v1/auth/me', bearer(token))).status === 200) return;
    let res = await api.request('/v1/auth/signin', json({ email, password: PASSWORD }));
    if (res.status === 401) res = await api.request('/v1/auth/signup', json({ email, password: PASSWORD }));
    const session = SessionResponse.parse(await res.json());
    token = session.accessToken;
    deviceId = session.device.id;
  }

  function nextRequest(): { label: string; path: string; init: RequestInit } {
    const route = chance(0.85) ? pick(routes) : undefined;
    const method = route && chance(0.8) ? route.method : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
    const path = route ? routePath(route, deviceId) : randomPath();
    const headers = randomHeaders(token);
    const init: RequestInit = { method, headers };
    if (method !== 'GET' && method !== 'HEAD' && chance(0.9)) init.body = randomBody();
    const bodyHint = typeof init.body === 'string' ? `${init.body.length} chars` : init.body ? 'bytes' : 'none';
    return { label: `${method} ${path.slice(0, 120)} headers=${Object.keys(headers).join(',')} body=${bodyHint}`, path, init };
  }

  /** Routes that may revoke the fuzz user's token. */
  const SIGNS_OUT = /signout|devices|account/;

  interface Tally {
    failures: string[];
    statuses: Map<number, number>;
  }

  async function send(tally: Tally, { label, path, init }: { label: string; path: string; init: RequestInit }) {
    const res = await api.request(path, init);
    tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
    const text = await res.text();
    if (res.status >= 500) tally.failures.push(`${res.status} ${label}: ${text.slice(0, 200)}`);
    else if (res.status >= 400 && init.method !== 'HEAD' && !ErrorBody.safeParse(JSON.parse(text || 'null')).success) {
      tally.failures.push(`${res.status} not in the error shape: ${label}: ${text.slice(0, 200)}`);
    }
  }

  it(`answers ${REQUESTS} random requests with statuses below 500, and keeps serving`, { timeout: 120_000 }, async () => {
    const tally: Tally = { failures: [], statuses: new Map() };
    const { failures, statuses } = tally;
    for (let sent = 0; sent < REQUESTS; sent += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, REQUESTS - sent) }, () => nextRequest());
      await Promise.all(batch.map((request) => send(tally, request)));
      if (batch.some(({ path }) => SIGNS_OUT.test(path))) await ensureSignedIn();
    }
    console.log(`fuzz seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(failures.slice(0, 10), `${failures.length} bad responses`).toEqual([]);
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);

    await ensureSignedIn();
    expect((await api.request('/v1/auth/me', bearer(token))).status).toBe(200);
    const pull = await api.request('/v1/sync/pull', {
      headers: { authorization: `Bearer ${token}`, [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) },
    });
    expect(pull.status).toBe(200);
    expect((await api.request('/health/db')).status).toBe(200);
    expect((await signUp(api)).token).toMatch(/.{20,}/);
  });

  /** Well-formed requests to every route (valid token and headers, bodies of the right shape) whose strings carry HOSTILE. */
  function hostileRequests(): Array<{ label: string; path: string; init: RequestInit }> {
    const job = sampleCapture({ title: 'Engineer', company: 'Acme', descriptionHtml: '<p>Go</p>' });
    const bodies: Record<string, (h: string) => unknown> = {
      '/v1/auth/signup': (h) => ({ email: `fuzz-${newId().toLowerCase()}@example.com`, password: `${PASSWORD}${h}`, deviceName: `d${h}` }),
      '/v1/auth/signin': (h) => ({ email, password: `${PASSWORD}${h}`, deviceName: `d${h}` }),
      '/v1/auth/refresh': (h) => ({ refreshToken: `r${h}` }),
      '/v1/account': (h) => ({ password: h }),
      '/v1/sync/push': () => hostilePush(),
      '/v1/generate/resume': (h) => ({
        profile: { ...BACKEND_ENGINEER, name: `Sam ${h}` },
        job: { ...job, title: h },
        provider: 'offline',
      }),
      '/v1/generate/cover-letter': (h) => ({ profile: BACKEND_ENGINEER, job: { ...job, company: h }, provider: 'offline' }),
      '/v1/generate/answer': (h) => ({ profile: BACKEND_ENGINEER, job, question: `Why ${h}?`, provider: 'offline' }),
    };
    const generic = (h: string) => Object.fromEntries(FIELD_NAMES.map((name) => [name, h]));
    return routes.flatMap((route) =>
      HOSTILE.map((h) => {
        const path = `${route.path.replace('{id}', encode(`id${h}`))}?after=${encode(h)}&limit=${encode(h)}&from=${encode(h)}`;
        const headers: Record<string, string> = {
          authorization: `Bearer ${token}`,
          [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION),
          'content-type': 'application/json',
        };
        const init: RequestInit = { method: route.method, headers };
        if (route.method !== 'GET' && route.method !== 'HEAD') init.body = JSON.stringify((bodies[route.path] ?? generic)(h));
        return { label: `${route.method} ${route.path} with ${JSON.stringify(h)}`, path, init };
      }),
    );
  }

  it('answers well-formed requests carrying NUL, lone surrogates and control characters below 500', { timeout: 60_000 }, async () => {
    const tally: Tally = { failures: [], statuses: new Map() };
    for (const request of hostileRequests()) {
      await send(tally, request);
      if (SIGNS_OUT.test(request.path)) await ensureSignedIn();
    }
    expect(tally.failures.slice(0, 10), `${tally.failures.length} bad responses`).toEqual([]);
  });
});
