import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape of the API: `{ error: { code, message, requestId } }`. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  /** Sent with the error response, e.g. Retry-After on a 429. */
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function errorBody(c: Context, code: string, message: string) {
  const requestId: string = c.get('requestId') ?? 'unknown';
  return { error: { code, message, requestId } };
}

const CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function codeForStatus(status: number): string {
  return CODES[status] ?? (status >= 500 ? 'internal' : 'error');
}

/**
 * An error as a log line may hold it: its name, the database's own reason and where it happened.
 * A failed query's message and stack carry its parameters (the user's records, documents, ids),
 * and a provider's error can carry a key, so neither is logged whole.
 */
export function logSafe(error: unknown): string {
  if (!(error instanceof Error)) return 'a non-Error was thrown';
  const cause = error.cause instanceof Error ? error.cause : null;
  const reason =
    (cause ?? error).message
      .split('\n')[0]
      ?.replace(/\bparams:.*$/i, '')
      .replace(/\bsk-[\w-]+/g, 'sk-…')
      .slice(0, 300) ?? '';
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 6)
    .join(' | ');
  return `${error.name}${cause ? ` (${cause.name}${'code' in cause ? ` ${String(cause.code)}` : ''})` : ''}: ${reason} ${frames}`.trim();
}
