import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, SessionResponse } from '../../shared/api/auth.ts';
import { newId } from '../../shared/ids.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { openApiPaths } from './app-routes.ts';
import {
  encode,
  FIELD_NAMES,
  type FuzzRequest,
  fuzzRequest,
  HOSTILE,
  hostilePush,
  OWN_DEVICE,
  OWN_TOKEN,
  PASSWORD,
  type Route,
} from './fuzz-requests.ts';
import { bearer, json, signUp, testApi } from './harness.ts';

/**
 * Thousands of malformed, oversized and random requests across every route (fuzz-requests.ts
 * makes them): each must get a status below 500 (a 4xx in the one error shape when it is an
 * error), and the server must still serve a valid request afterwards. Seeded, so a failure
 * replays: FUZZ_SEED=<n> to vary; fast-check prints the seed and the failing batch, shrunk.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const CONCURRENCY = 16;
/** Batches of CONCURRENCY requests, each batch one run of the property: 5,008 requests. */
const BATCHES = 313;

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
    routes = Object.entries(openApiPaths(api.app)).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
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

  /** The request with the fuzz user's current token and device in place of the placeholders. */
  function filled(request: FuzzRequest): { label: string; path: string; init: RequestInit } {
    const path = request.path.replaceAll(OWN_DEVICE, deviceId);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, value.replaceAll(OWN_TOKEN, token)]));
    const init: RequestInit = { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) };
    const bodyHint = typeof init.body === 'string' ? `${init.body.length} chars` : init.body ? 'bytes' : 'none';
    return { label: `${request.method} ${path.slice(0, 120)} headers=${Object.keys(headers).join(',')} body=${bodyHint}`, path, init };
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

  it(`answers ${BATCHES * CONCURRENCY} random requests with statuses below 500, and keeps serving`, { timeout: 180_000 }, async () => {
    const statuses = new Map<number, number>();
    // A run is one batch, sent at once; it holds when every answer is below 500 and in the error shape.
    const batch = fc.array(fuzzRequest(routes), { minLength: CONCURRENCY, maxLength: CONCURRENCY });
    await fc.assert(
      fc.asyncProperty(batch, async (requests) => {
        const tally: Tally = { failures: [], statuses };
        await Promise.all(requests.map((request) => send(tally, filled(request))));
        if (requests.some(({ path }) => SIGNS_OUT.test(path))) await ensureSignedIn();
        expect(tally.failures.slice(0, 10), `${tally.failures.length} bad responses`).toEqual([]);
      }),
      {
        seed: SEED,
        numRuns: BATCHES,
        // Shrinking a failure sends requests too: cut it short, with what it found, before vitest's timeout.
        plugins: [fc.interruptAfterTimeLimit(170_000, { failOnInterrupt: true })],
      },
    );
    console.log(`fuzz seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
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
      '/v1/sync/push': (h) => hostilePush(h),
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
