/**
 * Why a board could not be read, as plain data (it goes into a per-board fetch log and over the
 * wire). Every way a read fails ends as one of these; the driver never throws.
 */
export type BoardFailureKind =
  /** 404 or 410: no such board any more (the employer left the ATS or renamed the board). */
  | 'closed'
  /** 429, or 503 with Retry-After: wait `retryAfterSeconds` (when stated) before asking again. */
  | 'rate-limited'
  /** Any other 5xx: the API is failing; try again with backoff. */
  | 'server'
  /** Another 4xx (403, 400…): the API refuses this request; retrying the same will not help. */
  | 'refused'
  /** The body is not the API's shape: not JSON or XML, or not the documented fields. */
  | 'malformed'
  /** The request never got an answer: connection refused, DNS, reset. */
  | 'network'
  /** The answer did not come in time (the injected fetch gave up). */
  | 'timeout'
  /** The board is larger than the read allows (requests or postings); nothing partial is returned. */
  | 'too-large';

export interface BoardFailure {
  kind: BoardFailureKind;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** From Retry-After (seconds or an HTTP date), when the API said how long to wait. */
  retryAfterSeconds?: number;
  /** The request that failed. */
  url: string;
  message: string;
}

/** Thrown by readers on an answer they cannot read; the driver turns it into its failure. */
export class BoardError extends Error {
  readonly failure: BoardFailure;
  constructor(failure: BoardFailure) {
    super(failure.message);
    this.name = 'BoardError';
    this.failure = failure;
  }
}

export function malformed(url: string, what: string): BoardError {
  return new BoardError({ kind: 'malformed', url, message: `malformed answer from ${url}: ${what}` });
}

/** Retry-After as seconds: a number of seconds, or an HTTP date measured from `now`. */
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** The failure an unsuccessful HTTP status means. */
export function failureOfStatus(status: number, url: string, retryAfter: string | null, now: Date): BoardFailure {
  const wait = retryAfterSeconds(retryAfter, now);
  const base = { status, url, ...(wait === undefined ? {} : { retryAfterSeconds: wait }) };
  if (status === 404 || status === 410) return { ...base, kind: 'closed', message: `no such board at ${url} (HTTP ${status})` };
  if (status === 429 || (status === 503 && wait !== undefined))
    return {
      ...base,
      kind: 'rate-limited',
      message: `rate limited by ${url} (HTTP ${status}${wait === undefined ? '' : `, retry after ${wait}s`})`,
    };
  if (status >= 500) return { ...base, kind: 'server', message: `server error from ${url} (HTTP ${status})` };
  return { ...base, kind: 'refused', message: `${url} refused the request (HTTP ${status})` };
}
