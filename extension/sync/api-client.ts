import type { z } from 'zod';
import { AccountExport } from '../../shared/api/account.ts';
import { DevicesResponse, ErrorBody, NoContent, Ok, SessionResponse, SignUpPending } from '../../shared/api/auth.ts';
import { BoardJobsResponse, ResolveBoardResponse } from '../../shared/api/boards.ts';
import { FeedbackResponse } from '../../shared/api/coach.ts';
import { EventsResponse } from '../../shared/api/events.ts';
import { MAX_PULL_PAGE, PullResponse, type PushRequest, PushResponse } from '../../shared/api/sync.ts';
import { WritersResponse } from '../../shared/api/writers.ts';
import type { JobsmithEvent } from '../../shared/schemas/event.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import type { Session } from '../settings.ts';

/** A failed call: `status` 0 means the worker could not be reached at all. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

/** The session as stored, from a sign-in, sign-up or refresh answer. */
export function sessionFrom(result: SessionResponse): Session {
  return {
    accessToken: result.accessToken,
    accessExpiresAt: result.accessExpiresAt,
    refreshToken: result.refreshToken,
    email: result.user.email,
    userId: result.user.id,
    deviceId: result.device.id,
    deviceName: result.device.name,
  };
}

export interface ClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
  /** The stored session, read at each call (another call may have refreshed it). */
  getSession?: () => Promise<Session | null>;
  /** Saves a refreshed session; `null` when the server ended it. */
  setSession?: (session: Session | null) => Promise<void>;
}

// One refresh at a time per refresh token: refresh tokens work once, and a second use would
// look like theft to the server (which then signs the device out).
const refreshing = new Map<string, Promise<Session>>();

/**
 * The background's client for the worker. Only the background imports it: content scripts
 * and the panel never hold a token (enforced by scripts/check-boundaries.ts). Access tokens
 * are refreshed shortly before they expire, and once more when the server says one expired.
 */
export function createApiClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? Date.now;

  async function send(path: string, init: { method: string; body?: unknown; token?: string; headers?: Record<string, string> }) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    try {
      return await doFetch(new URL(path, options.baseUrl), {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ApiClientError(0, 'offline', `cannot reach ${options.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function read<T extends z.ZodType>(res: Response, path: string, schema: T): Promise<z.infer<T>> {
    const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const parsed = ErrorBody.safeParse(body);
      throw parsed.success
        ? new ApiClientError(res.status, parsed.data.error.code, parsed.data.error.message)
        : new ApiClientError(res.status, 'http_error', `${res.status} ${res.statusText}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', `unexpected response from ${path}`);
    return parsed.data;
  }

  async function refresh(session: Session): Promise<Session> {
    let pending = refreshing.get(session.refreshToken);
    if (!pending) {
      pending = (async () => {
        const res = await send('/v1/auth/refresh', { method: 'POST', body: { refreshToken: session.refreshToken } });
        try {
          const next = sessionFrom(await read(res, '/v1/auth/refresh', SessionResponse));
          await options.setSession?.(next);
          return next;
        } catch (error) {
          if (error instanceof ApiClientError && error.status === 401) await options.setSession?.(null);
          throw error;
        }
      })().finally(() => refreshing.delete(session.refreshToken));
      refreshing.set(session.refreshToken, pending);
    }
    return pending;
  }

  /** An authenticated call; a stale access token is refreshed first, an expired one once after a 401. */
  async function authed<T extends z.ZodType>(
    path: string,
    schema: T,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<z.infer<T>> {
    let session = await options.getSession?.();
    if (!session) throw new ApiClientError(401, 'signed_out', 'not signed in');
    if (session.accessExpiresAt - 30_000 < now()) session = await refresh(session);
    let res = await send(path, { ...init, token: session.accessToken });
    // Only an access token the server no longer takes is worth a refresh (not a wrong password).
    const refused: unknown =
      res.status === 401
        ? await res
            .clone()
            .json()
            .catch(() => null)
        : null;
    const code = ErrorBody.safeParse(refused).data?.error.code;
    if (code === 'token_expired' || code === 'unauthorized') {
      session = await refresh(session);
      res = await send(path, { ...init, token: session.accessToken });
    }
    return read(res, path, schema);
  }

  const sync = { [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) };
  const account = (mode: 'signup' | 'signin') => async (email: string, password: string, deviceName: string) =>
    sessionFrom(
      await read(
        await send(`/v1/auth/${mode}`, { method: 'POST', body: { email, password, deviceName } }),
        `/v1/auth/${mode}`,
        SessionResponse,
      ),
    );

  /** A session, or (where the server confirms addresses by email) the address a link was sent to. */
  async function signUp(email: string, password: string, deviceName: string): Promise<Session | { confirmationSentTo: string }> {
    const res = await send('/v1/auth/signup', { method: 'POST', body: { email, password, deviceName } });
    if (res.status === 202) return { confirmationSentTo: (await read(res, '/v1/auth/signup', SignUpPending)).email };
    return sessionFrom(await read(res, '/v1/auth/signup', SessionResponse));
  }

  return {
    /** A valid access token for a call made outside this client (the generation stream). */
    accessToken: async (): Promise<string> => {
      const session = await options.getSession?.();
      if (!session) throw new ApiClientError(401, 'signed_out', 'not signed in');
      return session.accessExpiresAt - 30_000 < now() ? (await refresh(session)).accessToken : session.accessToken;
    },
    signUp,
    signIn: account('signin'),
    signOut: () => authed('/v1/auth/signout', Ok, { method: 'POST' }),
    signOutAll: () => authed('/v1/auth/signout-all', Ok, { method: 'POST' }),
    devices: () => authed('/v1/auth/devices', DevicesResponse, { method: 'GET' }),
    revokeDevice: (id: string) => authed(`/v1/auth/devices/${encodeURIComponent(id)}`, NoContent, { method: 'DELETE' }),
    exportAccount: () => authed('/v1/account/export', AccountExport, { method: 'GET' }),
    writers: () => authed('/v1/account/writers', WritersResponse, { method: 'GET' }),
    deleteAccount: (password: string) => authed('/v1/account', NoContent, { method: 'DELETE', body: { password } }),
    push: (request: PushRequest) => authed('/v1/sync/push', PushResponse, { method: 'POST', body: request, headers: sync }),
    pushEvents: (events: JobsmithEvent[]) =>
      authed('/v1/events', EventsResponse, {
        method: 'POST',
        body: {
          events: events.map(({ id, type, at, applicationId, jobId, props, v }) => ({ id, type, at, applicationId, jobId, props, v })),
        },
      }),
    coachFeedback: (input: { question: string; answer: string; job: unknown }) =>
      authed('/v1/coach/feedback', FeedbackResponse, { method: 'POST', body: input }),
    pull: (after: number, limit = MAX_PULL_PAGE) =>
      authed(`/v1/sync/pull?after=${after}&limit=${limit}`, PullResponse, { method: 'GET', headers: sync }),
    /** The jobs the worker read from the boards this user follows, changed after `since` (the last page's cursor). */
    boardJobs: (since?: string, limit = 200) =>
      authed(`/v1/boards/jobs?${new URLSearchParams({ ...(since ? { since } : {}), limit: String(limit) })}`, BoardJobsResponse, {
        method: 'GET',
      }),
    /** The board a pasted careers or job address names; a 400 `unknown_board` when Jobsmith knows none there. */
    resolveBoard: (url: string) => authed('/v1/boards/resolve', ResolveBoardResponse, { method: 'POST', body: { url } }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
