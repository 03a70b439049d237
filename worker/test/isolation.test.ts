import { beforeAll, describe, expect, it } from 'vitest';
import { DevicesResponse } from '../../shared/api/auth.ts';
import type { BoardJobsResponse } from '../../shared/api/boards.ts';
import type { EventsResponse } from '../../shared/api/events.ts';
import { newId } from '../../shared/ids.ts';
import type { Job } from '../../shared/schemas/job.ts';
import { type PullResponse, SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import type { LetterDraft, ResumeDraft } from '../../shared/tailor/schema.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { documentedAuthenticated, servedRoutes } from './app-routes.ts';
import { consume, fakeApis, fakeBoard, message, pushFollow } from './boards-helpers.ts';
import { bearer, fakeLlmsPerFile, json, signUp, type TestApi, testApi } from './harness.ts';
import { edit, push, pushSavedJob, syncHeaders } from './saved-job.ts';

/**
 * Tenant isolation, route by route: Alice has devices, synced records and cached generations;
 * Bob, signed in as himself, tries every authenticated route against them. The table below must
 * name every route that takes a bearer token — a new one fails the first test until it is added.
 */

const PASSWORD = 'correct horse battery';
const SECRET_TITLE = `Alice-only title ${newId()}`;
/** The board only Alice follows, read by the worker: its name and its jobs are hers to see. */
const SECRET_BOARD = `alice-only-${newId().slice(-10).toLowerCase()}`;

const RESUME: ResumeDraft = {
  summary: 'Backend engineer building Go and Python services.',
  skills: ['Go', 'Python'],
  experience: [{ index: 0, bullets: [{ text: 'Built Go and Python services on Kubernetes', reason: 'Go' }] }],
};
const LETTER: LetterDraft = {
  greeting: 'Dear Acme hiring team,',
  paragraphs: [
    'I am applying for the Senior Backend Engineer role at Acme.',
    'At Zalando I built Go and Python services on Kubernetes and ran PostgreSQL and Kafka at scale.',
  ],
  closing: 'Sincerely,',
};
const ANSWER = { answer: 'I built Go and Python services on Kubernetes at Zalando.' };
const GENERATE_INPUT = {
  profile: BACKEND_ENGINEER,
  job: sampleCapture({ title: 'Senior Backend Engineer', company: 'Acme', descriptionHtml: '<p>We need Go and Kubernetes.</p>' }),
};
const GENERATIONS = {
  resume: { body: GENERATE_INPUT, reply: RESUME },
  'cover-letter': { body: GENERATE_INPUT, reply: LETTER },
  answer: { body: { ...GENERATE_INPUT, question: 'What is your strongest backend experience?' }, reply: ANSWER },
} as const;

const FEEDBACK_INPUT = {
  question: 'Tell me about a service you made more reliable.',
  answer: 'At Zalando I added retries and a circuit breaker to checkout.',
  job: GENERATE_INPUT.job,
};
const FEEDBACK = { strengths: ['Concrete.'], improvements: ['Give a number.'], summary: 'Good start.' };

const { anthropic, vars } = fakeLlmsPerFile();
let api: TestApi;
let alice: Awaited<ReturnType<typeof signUp>> & { laptopDeviceId: string; job: Job; markers: string[]; eventId: string };

async function text(res: Response) {
  return res.text();
}

/** Alice's identifiers and content must appear in nothing Bob receives. */
function expectNothingOfAlice(body: string, route: string) {
  for (const marker of alice.markers) expect(body, `${route} showed Bob ${marker}`).not.toContain(marker);
}

async function aliceState() {
  const devices = DevicesResponse.parse(await (await api.request('/v1/auth/devices', bearer(alice.token))).json()).devices;
  const pull = (await (await api.request('/v1/sync/pull', { headers: syncHeaders(alice.token) })).json()) as PullResponse;
  return {
    devices: devices.map((d) => d.id).sort(),
    records: pull.changes.map((c) => ({ entity: c.entity, id: c.record.id, title: (c.record as { title?: string }).title })),
  };
}

/** One generation by the fake model (a cache hit leaves it unused, so each call starts from an empty script). */
async function generate(task: keyof typeof GENERATIONS, token: string) {
  anthropic.reset();
  anthropic.script({ kind: 'json', value: GENERATIONS[task].reply });
  const res = await api.request(`/v1/generate/${task}`, json(GENERATIONS[task].body, token));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { usage: { cached: boolean } };
}

async function feedback(token: string) {
  anthropic.reset();
  anthropic.script({ kind: 'json', value: FEEDBACK });
  const res = await api.request('/v1/coach/feedback', json(FEEDBACK_INPUT, token));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { usage: { cached: boolean } };
}

/** The types of the user's stored events, read from the account export (which has every event row). */
async function eventTypes(token: string) {
  const res = await api.request('/v1/account/export', bearer(token));
  expect(res.status).toBe(200);
  const { tables } = (await res.json()) as { tables: { events: Array<{ type: string }> } };
  return tables.events.map((e) => e.type);
}

type Check = (bob: Awaited<ReturnType<typeof signUp>>) => Promise<void>;

/** What Bob tries on each authenticated route, and what must hold. */
const CHECKS: Record<string, Check> = {
  'GET /v1/auth/me': async (bob) => {
    const body = await text(await api.request('/v1/auth/me', bearer(bob.token)));
    expect(JSON.parse(body)).toEqual({ user: { id: bob.user.id, email: bob.email } });
    expectNothingOfAlice(body, 'me');
  },
  'GET /v1/auth/devices': async (bob) => {
    const body = await text(await api.request('/v1/auth/devices', bearer(bob.token)));
    expect(DevicesResponse.parse(JSON.parse(body)).devices.map((d) => d.id)).toEqual([bob.device.id]);
    expectNothingOfAlice(body, 'devices');
  },
  'DELETE /v1/auth/devices/{id}': async (bob) => {
    for (const id of [alice.device.id, alice.laptopDeviceId]) {
      const res = await api.request(`/v1/auth/devices/${id}`, { method: 'DELETE', ...bearer(bob.token) });
      expect(res.status).toBe(404);
      expectNothingOfAlice(await text(res), 'device delete');
    }
  },
  'POST /v1/auth/signout': async (bob) => {
    expect((await api.request('/v1/auth/signout', { method: 'POST', ...bearer(bob.token) })).status).toBe(200);
  },
  'POST /v1/auth/signout-all': async (bob) => {
    expect((await api.request('/v1/auth/signout-all', { method: 'POST', ...bearer(bob.token) })).status).toBe(200);
  },
  'GET /v1/account/export': async (bob) => {
    const res = await api.request('/v1/account/export', bearer(bob.token));
    expect(res.status).toBe(200);
    expectNothingOfAlice(await text(res), 'export');
  },
  'GET /v1/account/writers': async (bob) => {
    // The models and the rules are the server's; nothing in the answer is Alice's.
    const res = await api.request('/v1/account/writers', bearer(bob.token));
    expect(res.status).toBe(200);
    expectNothingOfAlice(await text(res), 'writers');
  },
  'DELETE /v1/account': async (bob) => {
    // Alice's password is no key to Bob's account, and deleting Bob's touches nothing of Alice's.
    expect((await api.request('/v1/account', json({ password: `${PASSWORD}!` }, bob.token, 'DELETE'))).status).toBe(401);
    expect((await api.request('/v1/account', json({ password: PASSWORD }, bob.token, 'DELETE'))).status).toBe(204);
  },
  'GET /v1/sync/pull': async (bob) => {
    const res = await api.request('/v1/sync/pull?after=0', { headers: syncHeaders(bob.token) });
    expect(res.status).toBe(200);
    const body = await text(res);
    expect((JSON.parse(body) as PullResponse).changes).toEqual([]);
    expectNothingOfAlice(body, 'pull');
  },
  'POST /v1/sync/push': async (bob) => {
    // Bob pushes a newer edit of a record with Alice's id: it becomes a row of Bob's, Alice's is untouched.
    const hijack = edit(alice.job, { ...alice.job, title: 'Hijacked by Bob' });
    const res = await push(api, bob.token, [{ opId: newId(), entity: 'job', record: hijack }]);
    expectNothingOfAlice(await text(res), 'push');
    const mine = (await (await api.request('/v1/sync/pull', { headers: syncHeaders(bob.token) })).json()) as PullResponse;
    expect(mine.changes.map((c) => (c.record as Job).title)).toEqual(['Hijacked by Bob']);
  },
  'POST /v1/generate/resume': async (bob) => {
    expect((await generate('resume', bob.token)).usage.cached).toBe(false);
  },
  'POST /v1/generate/cover-letter': async (bob) => {
    expect((await generate('cover-letter', bob.token)).usage.cached).toBe(false);
  },
  'POST /v1/generate/answer': async (bob) => {
    expect((await generate('answer', bob.token)).usage.cached).toBe(false);
  },
  'POST /v1/events': async (bob) => {
    // An event with the id of Alice's is new to Bob (not a duplicate, which would tell him she has it).
    const mine = { id: alice.eventId, type: 'job_viewed', at: Date.now(), props: {} };
    const res = await api.request('/v1/events', json({ events: [mine] }, bob.token));
    const body = await text(res);
    expect(JSON.parse(body) as EventsResponse).toEqual({ stored: [alice.eventId], duplicates: [], rejected: [] });
    expect(await eventTypes(alice.token)).toEqual(['job_saved']);
  },
  'POST /v1/coach/feedback': async (bob) => {
    expect((await feedback(bob.token)).usage.cached).toBe(false);
  },
  'GET /v1/boards/jobs': async (bob) => {
    const res = await api.request('/v1/boards/jobs', bearer(bob.token));
    expect(res.status).toBe(200);
    const body = await text(res);
    expect((JSON.parse(body) as BoardJobsResponse).jobs).toEqual([]);
    expectNothingOfAlice(body, 'board jobs');
  },
  'POST /v1/boards/resolve': async (bob) => {
    // The board is named by the address Bob gives; that Alice follows it changes nothing in the answer.
    const res = await api.request('/v1/boards/resolve', json({ url: `https://job-boards.greenhouse.io/${SECRET_BOARD}` }, bob.token));
    expect(res.status).toBe(200);
    const body = await text(res);
    expectNothingOfAlice(body.replaceAll(SECRET_BOARD, ''), 'resolve');
  },
};

/** Routes anyone may call: they take no token and return no user's data (sign-in returns only the caller's session). */
const PUBLIC = new Set([
  'GET /health',
  'GET /health/db',
  'GET /openapi.json',
  'POST /v1/auth/signup',
  'POST /v1/auth/signin',
  'POST /v1/auth/refresh',
  // The link in a confirmation email and its form: the token and the sign-up's password are the credentials.
  'GET /v1/auth/confirm',
  'POST /v1/auth/confirm',
]);

beforeAll(async () => {
  api = testApi(vars({ LLM_CHAIN: 'anthropic,offline' }));
  const session = await signUp(api);
  const laptop = await api.request('/v1/auth/signin', json({ email: session.email, password: PASSWORD, deviceName: 'Laptop' }));
  const laptopDeviceId = ((await laptop.json()) as { device: { id: string } }).device.id;
  const { job, application } = await pushSavedJob(api, session.token, SECRET_TITLE);
  const eventId = newId();
  const sent = await api.request(
    '/v1/events',
    json({ events: [{ id: eventId, type: 'job_saved', at: Date.now(), jobId: job.id, props: { title: SECRET_TITLE } }] }, session.token),
  );
  expect(((await sent.json()) as EventsResponse).stored).toEqual([eventId]);
  const board = fakeBoard({ kind: 'greenhouse', slug: SECRET_BOARD }, 2);
  const follow = await pushFollow(api, session.token, board.ref, 'Alice Labs');
  await consume({ clock: { now: Date.now() }, apis: fakeApis([board]) }, [message({ key: follow.boardKey })]);
  const boardJobs = (await (await api.request('/v1/boards/jobs', bearer(session.token))).json()) as BoardJobsResponse;
  expect(boardJobs.jobs).toHaveLength(2);
  alice = {
    ...session,
    eventId,
    laptopDeviceId,
    job,
    markers: [
      session.user.id,
      session.email,
      session.device.id,
      laptopDeviceId,
      job.id,
      application.id,
      SECRET_TITLE,
      follow.id,
      SECRET_BOARD,
    ],
  };
  // Alice's generations are cached: asking again is a hit, so a miss for Bob below means isolation, not no cache.
  for (const task of Object.keys(GENERATIONS) as Array<keyof typeof GENERATIONS>) {
    expect((await generate(task, alice.token)).usage.cached).toBe(false);
    expect((await generate(task, alice.token)).usage.cached).toBe(true);
  }
  expect((await feedback(alice.token)).usage.cached).toBe(false);
  expect((await feedback(alice.token)).usage.cached).toBe(true);
});

describe('tenant isolation', () => {
  it('covers every route: each served route is public or has a check below', () => {
    const served = servedRoutes(api.app);
    expect(served.length).toBeGreaterThanOrEqual(Object.keys(CHECKS).length + PUBLIC.size);
    for (const route of served) {
      expect(PUBLIC.has(route) || route in CHECKS, `${route} is neither public nor checked in isolation.test.ts`).toBe(true);
    }
    for (const route of [...Object.keys(CHECKS), ...PUBLIC]) expect(served, `${route} is not served (stale entry)`).toContain(route);
    for (const route of documentedAuthenticated(api.app)) expect(Object.keys(CHECKS)).toContain(route);
  });

  it('every checked route refuses a request without a token, and no public route asks for one', async () => {
    const call = (route: string) => {
      const [method = 'GET', path = '/'] = route.split(' ');
      const headers = { 'content-type': 'application/json', [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) };
      const init: RequestInit = { method, headers };
      if (method !== 'GET') init.body = '{}';
      return api.request(path.replace('{id}', newId()), init);
    };
    for (const route of Object.keys(CHECKS)) expect((await call(route)).status, route).toBe(401);
    for (const route of PUBLIC) expect((await call(route)).status, route).not.toBe(401);
  });

  for (const [route, check] of Object.entries(CHECKS)) {
    it(`${route}: Bob gets nothing of Alice's and changes nothing of hers`, async () => {
      const before = await aliceState();
      await check(await signUp(api));
      expect(await aliceState()).toEqual(before);
      expect((await api.request('/v1/auth/me', bearer(alice.token))).status).toBe(200);
    });
  }

  it('an id-taking route with an id of neither user is 404 too', async () => {
    const bob = await signUp(api);
    const res = await api.request(`/v1/auth/devices/${newId()}`, { method: 'DELETE', ...bearer(bob.token) });
    expect(res.status).toBe(404);
  });
});
