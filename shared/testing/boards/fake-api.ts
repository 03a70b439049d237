import type { HttpFetch, HttpResponse } from '../../boards/fetch-board.ts';
import type { BoardKind } from '../../boards/types.ts';
import type { FakeBoard } from './postings.ts';

/**
 * The fake board APIs' shared part: a request in, an answer out, pure (the in-memory fetch below
 * and the HTTP server in worker/test/fake-boards.ts both use it). Each API's module answers its
 * own paths in its real shape; this file adds what every board can do: close (404), rate limit
 * (429 with Retry-After), fail (500), answer half a body, answer slowly, and answer 304 to the
 * ETag or Last-Modified of its unchanged list.
 */

export interface FakeRequest {
  method: string;
  /** The request as the real API would get it (https://boards-api.greenhouse.io/v1/…). */
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  delayMs?: number;
  /** A job's detail (not a list page): the answer 'detail-error' boards fail. */
  detail?: boolean;
}

export interface FakeApi {
  kind: BoardKind;
  /** This board's answer to the request, or null when the request is not for this board. */
  serve(board: FakeBoard, request: FakeRequest): FakeAnswer | null;
  /** Whether a request is for this API's hosts at all (for an unknown board's answer). */
  owns(url: URL): boolean;
  /** What the API answers for a board it does not have (404 for most; SmartRecruiters answers an empty list). */
  unknown?(request: FakeRequest): FakeAnswer;
}

export function json(value: unknown, status = 200): FakeAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

export function xml(text: string): FakeAnswer {
  return { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: text };
}

const NOT_FOUND: FakeAnswer = { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Page not found</h1>' };

/** FNV-1a of the body: a stable ETag for an unchanged list. */
function etagOf(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
  return `"${hash.toString(16)}"`;
}

function lastModifiedOf(board: FakeBoard): string {
  const latest = Math.max(0, ...board.postings.map((p) => Date.parse(p.updatedAt)));
  return new Date(latest || Date.parse('2026-01-01T00:00:00Z')).toUTCString();
}

function withMode(board: FakeBoard, request: FakeRequest, answer: FakeAnswer): FakeAnswer {
  const mode = board.mode ?? { kind: 'ok' };
  switch (mode.kind) {
    case 'closed':
      return NOT_FOUND;
    case 'rate-limited':
      return {
        status: 429,
        headers: { 'retry-after': String(mode.retryAfterSeconds), 'content-type': 'text/plain' },
        body: 'Too Many Requests',
      };
    case 'server-error':
      return { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal Server Error' };
    case 'malformed':
      return { ...answer, body: answer.body.slice(0, Math.floor(answer.body.length / 2)) };
    case 'slow':
      return { ...answer, delayMs: mode.ms };
    case 'detail-error':
      return answer.detail ? { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal Server Error' } : answer;
    default:
      return conditional(board, request, answer);
  }
}

function conditional(board: FakeBoard, request: FakeRequest, answer: FakeAnswer): FakeAnswer {
  if (answer.status !== 200) return answer;
  const etag = etagOf(answer.body);
  const lastModified = lastModifiedOf(board);
  const headers = { ...answer.headers, etag, 'last-modified': lastModified };
  const match = request.headers['if-none-match'];
  const since = request.headers['if-modified-since'];
  // If-None-Match wins when both come (RFC 9110 §13.2.2): a removed job changes the ETag, not the newest date.
  const unchanged = match !== undefined ? match === etag : since !== undefined && Date.parse(since) >= Date.parse(lastModified);
  return unchanged ? { status: 304, headers: { etag, 'last-modified': lastModified }, body: '' } : { ...answer, headers };
}

/** The answer of whichever fake API and board the request is for; 404 when none is. */
export function answerFake(apis: readonly FakeApi[], boards: readonly FakeBoard[], request: FakeRequest): FakeAnswer {
  for (const board of boards) {
    const api = apis.find((a) => a.kind === board.ref.kind);
    const answer = api?.serve(board, request);
    if (answer) return withMode(board, request, answer);
  }
  const owner = apis.find((a) => a.owns(request.url));
  return owner?.unknown?.(request) ?? NOT_FOUND;
}

/** The fake APIs as an in-memory fetch: what a unit test gives `fetchBoard` instead of the network. Slow answers just answer. */
export function fakeFetch(apis: readonly FakeApi[], boards: readonly FakeBoard[], log: FakeRequest[] = []): HttpFetch {
  return async (url, init) => {
    const request: FakeRequest = {
      method: init.method,
      url: new URL(url),
      headers: Object.fromEntries(Object.entries(init.headers).map(([k, v]) => [k.toLowerCase(), v])),
      ...(init.body === undefined ? {} : { body: init.body }),
    };
    log.push(request);
    const answer = answerFake(apis, boards, request);
    const response: HttpResponse = {
      status: answer.status,
      headers: { get: (name) => answer.headers[name.toLowerCase()] ?? null },
      text: async () => answer.body,
    };
    return response;
  };
}
