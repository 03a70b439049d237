import { z } from 'zod';
import { ErrorBody, SessionResponse } from '../../shared/api/auth.ts';
import { type PushRequest, PushResponse } from '../../shared/sync/protocol.ts';

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

/**
 * The background's client for the worker. Only the background imports it: content scripts
 * and the panel never hold the token (enforced by scripts/check-boundaries.ts).
 */
export function createApiClient(options: { baseUrl: string; token?: string | null; fetch?: typeof fetch; timeoutMs?: number }) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call<T extends z.ZodType>(
    path: string,
    schema: T,
    init: { method: string; body?: unknown; auth?: boolean },
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.auth) {
      if (!options.token) throw new ApiClientError(401, 'unauthorized', 'not signed in');
      headers.authorization = `Bearer ${options.token}`;
    }
    let res: Response;
    try {
      res = await doFetch(new URL(path, options.baseUrl), {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ApiClientError(0, 'offline', `cannot reach ${options.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const body: unknown = await res.json().catch(() => null);
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

  return {
    signUp: (email: string, password: string) => call('/v1/auth/signup', SessionResponse, { method: 'POST', body: { email, password } }),
    signIn: (email: string, password: string) => call('/v1/auth/signin', SessionResponse, { method: 'POST', body: { email, password } }),
    signOut: () => call('/v1/auth/signout', z.object({ ok: z.literal(true) }), { method: 'POST', auth: true }),
    push: (request: PushRequest) => call('/v1/sync/push', PushResponse, { method: 'POST', body: request, auth: true }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
