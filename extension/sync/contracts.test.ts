import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api/auth.ts';
import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { createApp } from '../../worker/src/app.ts';
import { edit } from '../../worker/test/saved-job.ts';
import type { Session } from '../settings.ts';
import { generateRemote } from '../tailor/remote.ts';
import { type ApiClient, createApiClient } from './api-client.ts';

/**
 * DESIGN §2: each wire contract is defined once, in shared/api/, and imported by the worker's
 * routes and the extension's clients. Both halves are checked by identity, not by shape: a schema
 * written again in a route, or a client parsing an answer with a schema of its own, fails here
 * even when the copy is exact today (it is the copy that drifts later).
 */

const API_DIR = new URL('../../shared/api/', import.meta.url);

/** Every zod schema exported by shared/api/*.ts (re-exports included), named "file.ts Name" for messages. */
async function contracts(): Promise<Map<z.ZodType, string>> {
  const named = new Map<z.ZodType, string>();
  for (const file of readdirSync(API_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const module = (await import(new URL(file, API_DIR).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (value instanceof z.ZodType && !named.has(value)) named.set(value, `${file} ${name}`);
    }
  }
  return named;
}

interface RouteSchema {
  route: string;
  place: string;
  schema: unknown;
}

interface Media {
  content?: Record<string, { schema?: unknown }>;
}
interface RouteConfig {
  method: string;
  path: string;
  request?: { params?: unknown; query?: unknown; headers?: unknown; cookies?: unknown; body?: Media };
  responses: Record<string, Media>;
}

const app = createApp();
/** The routes as the app declares them to @hono/zod-openapi (full paths, `{id}` for a path parameter). */
const ROUTES = app.openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [d.route as unknown as RouteConfig] : []));
const routeName = (r: RouteConfig) => `${r.method.toUpperCase()} ${r.path}`;

/** Every schema a route declares: its request's parts and each answer's content. */
function routeSchemas(route: RouteConfig): RouteSchema[] {
  const out: RouteSchema[] = [];
  const add = (place: string, schema: unknown) => out.push({ route: routeName(route), place, schema });
  const { body, ...parts } = route.request ?? {};
  for (const [part, schema] of Object.entries(parts)) for (const one of [schema].flat()) add(`request ${part}`, one);
  for (const [type, media] of Object.entries(body?.content ?? {})) add(`request body ${type}`, media.schema);
  for (const [status, response] of Object.entries(route.responses)) {
    for (const [type, media] of Object.entries(response.content ?? {})) add(`${status} ${type}`, media.schema);
  }
  return out;
}

/** The route a request went to, by method and path (`{id}` matches one segment). */
function routeOf(method: string, pathname: string): RouteConfig | undefined {
  return ROUTES.find(
    (r) =>
      r.method.toUpperCase() === method && new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '')}/?$`).test(pathname),
  );
}

/** The schema a route's answer with this status is declared with; NoContent's place when it has no body. */
function answerSchema(route: RouteConfig, status: number): unknown {
  return route.responses[String(status)]?.content?.['application/json']?.schema ?? null;
}

describe('wire contracts', () => {
  it('every schema a worker route declares is an export of shared/api/', async () => {
    const named = await contracts();
    expect(ROUTES.length).toBeGreaterThan(20);
    const strays = ROUTES.flatMap(routeSchemas)
      .filter(({ schema }) => !named.has(schema as z.ZodType))
      .map(({ route, place }) => `${route}: ${place}`);
    expect(strays, 'schemas written in a route instead of imported from shared/api/').toEqual([]);
  });

  describe('the extension reads each answer with the schema its route declares', () => {
    afterEach(() => vi.restoreAllMocks());

    const session = (expiresIn: number): Session => ({
      accessToken: 'access',
      accessExpiresAt: Date.now() + expiresIn,
      refreshToken: 'refresh',
      email: 'sam@example.com',
      userId: 'user',
      deviceId: 'device',
      deviceName: 'Test',
    });
    const saved = newSavedJob(sampleCapture({ title: 'Engineer', company: 'Acme' }), Date.now());
    const job = sampleCapture({ title: 'Engineer', company: 'Acme' });
    const generation = { profile: BACKEND_ENGINEER, job, provider: 'offline' as const };

    /** Each call the clients make, with the status the fake worker answers it with (else the route's first 2xx). */
    const CALLS: Array<{ name: string; call: (client: ApiClient, fetch: typeof globalThis.fetch) => Promise<unknown>; status?: number }> = [
      { name: 'signUp', call: (c) => c.signUp('sam@example.com', 'correct horse battery', 'Test'), status: 201 },
      { name: 'signUp', call: (c) => c.signUp('sam@example.com', 'correct horse battery', 'Test'), status: 202 },
      { name: 'signIn', call: (c) => c.signIn('sam@example.com', 'correct horse battery', 'Test') },
      { name: 'accessToken', call: (c) => c.accessToken() },
      { name: 'signOut', call: (c) => c.signOut() },
      { name: 'signOutAll', call: (c) => c.signOutAll() },
      { name: 'devices', call: (c) => c.devices() },
      { name: 'revokeDevice', call: (c) => c.revokeDevice('01J00000000000000000000000') },
      { name: 'exportAccount', call: (c) => c.exportAccount() },
      { name: 'writers', call: (c) => c.writers() },
      { name: 'deleteAccount', call: (c) => c.deleteAccount('correct horse battery') },
      { name: 'push', call: (c) => c.push({ changes: [{ opId: newId(), entity: 'job', record: edit(undefined, saved.job) }] }) },
      {
        name: 'pushEvents',
        call: (c) =>
          c.pushEvents([{ id: newId(), type: 'job_viewed', at: Date.now(), applicationId: null, jobId: saved.job.id, props: {}, v: 1 }]),
      },
      { name: 'coachFeedback', call: (c) => c.coachFeedback({ question: 'Why here?', answer: 'Because.', job }) },
      { name: 'pull', call: (c) => c.pull(0) },
      { name: 'boardJobs', call: (c) => c.boardJobs() },
      { name: 'resolveBoard', call: (c) => c.resolveBoard('https://job-boards.greenhouse.io/acme') },
      {
        name: 'generateRemote resume',
        call: (_, fetch) => generateRemote({ baseUrl: BASE, token: 't', fetch }, 'resume', generation, () => {}),
      },
      {
        name: 'generateRemote cover-letter',
        call: (_, fetch) => generateRemote({ baseUrl: BASE, token: 't', fetch }, 'cover-letter', generation, () => {}),
      },
    ];
    const BASE = 'http://api.jobsmith.test';

    it('covers every method of the API client', () => {
      const client = createApiClient({ baseUrl: BASE });
      const covered = new Set(CALLS.map((c) => c.name));
      expect(Object.keys(client).filter((name) => !covered.has(name))).toEqual([]);
    });

    for (const { name, call, status } of CALLS) {
      it(`${name}${status ? ` (${status})` : ''}`, async () => {
        const named = await contracts();
        const parsedWith: z.ZodType[] = [];
        for (const schema of named.keys()) {
          const safeParse = schema.safeParse.bind(schema);
          vi.spyOn(schema, 'safeParse').mockImplementation((data, params) => {
            parsedWith.push(schema);
            return safeParse(data, params);
          });
        }
        const sent: Array<{ route: RouteConfig | undefined; request: string; body: unknown; status: number }> = [];
        const fakeWorker = (async (input: string | URL | Request, init?: RequestInit) => {
          const url = new URL(String(input));
          const method = init?.method ?? 'GET';
          const route = routeOf(method, url.pathname);
          const answer = status ?? Number(Object.keys(route?.responses ?? {}).find((s) => s.startsWith('2')) ?? 200);
          sent.push({
            route,
            request: `${method} ${url.pathname}`,
            body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
            status: answer,
          });
          return answer === 204 ? new Response(null, { status: 204 }) : Response.json({}, { status: answer });
        }) as typeof fetch;
        // A stale session for accessToken, so that it refreshes; a fresh one for every other call.
        const stored = session(name === 'accessToken' ? -60_000 : 3_600_000);
        const client = createApiClient({ baseUrl: BASE, fetch: fakeWorker, getSession: async () => stored, setSession: async () => {} });
        // The fake answers `{}`, which most answer schemas refuse: the client's error is expected, its choice of schema is the test.
        await call(client, fakeWorker).catch(() => undefined);

        // Each call is one request (accessToken's is the refresh).
        expect(sent.map((s) => s.request)).toHaveLength(1);
        const [{ route, request, body, status: answered }] = sent as [(typeof sent)[number]];
        // The authenticated calls look at every answer for the one error shape first (a 401 may ask for a refresh).
        const used = parsedWith.filter((s) => s !== ErrorBody).map((s) => named.get(s));
        expect(route, `${request} is a route of the worker`).toBeDefined();
        if (!route) return;
        const declared = answerSchema(route, answered);
        expect(used, `${request} (${answered}) is read with the schema the route declares`).toEqual([
          declared === null ? 'auth.ts NoContent' : named.get(declared as z.ZodType),
        ]);
        const bodySchema = route.request?.body?.content?.['application/json']?.schema as z.ZodType | undefined;
        if (bodySchema) expect(bodySchema.safeParse(body).success, `${request}: the body sent is one the route takes`).toBe(true);
      });
    }
  });
});
