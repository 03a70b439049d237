import { postingKey } from './board-jobs.ts';
import { BoardError, type BoardFailure, failureOfStatus } from './errors.ts';
import { readerOf } from './registry.ts';
import type { BoardPosting, BoardReader, BoardRef, BoardRequest, ReadContext } from './types.ts';

/**
 * Reads one board: walks its pages and detail requests through an injected fetch (so shared/
 * stays network-free; pass the platform's `fetch`, wrapped with a timeout and a per-host rate
 * limit where the caller has them), and returns what happened as data: it never throws.
 *
 *   const result = await fetchBoard(ref, { fetch, validators: last?.validators });
 *   ok            every open posting (JobCaptures through the job pipeline, deduplicated by id)
 *   not-modified  the API answered 304 to the validators of the last read: nothing changed
 *   failed        a BoardFailure: closed (404/410), rate-limited (with retryAfterSeconds),
 *                 server, refused, malformed, network, timeout, too-large
 *
 * Conditional requests: `validators` (the ETag / Last-Modified of the last read) go with the
 * first request. A board read in one request (most APIs) returns the validators of this read;
 * a board of several pages or details returns none, since a 304 on its first page says nothing
 * of the others. A failed list page fails the read (the list would be incomplete and its
 * missing jobs would look closed); a failed detail keeps the job as its listing describes it
 * (`detailsMissing`), a detail answering 404 drops a job withdrawn meanwhile, and a 429 on any
 * request stops the read as rate-limited.
 */

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The platform fetch fits as it is: `fetchBoard(ref, { fetch })`. */
export type HttpFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<HttpResponse>;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchBoardOptions {
  fetch: HttpFetch;
  now?: () => Date;
  validators?: Validators | null;
  /** Another host for every request (tests, mirrors): https://api.x/p becomes {apiBase}/api.x/p, the layout `wget --mirror` writes. */
  apiBase?: string;
  /** Requests in flight at once (details and pages); 4 unless told. */
  concurrency?: number;
  maxRequests?: number;
  maxPostings?: number;
}

export type BoardResult =
  | { status: 'ok'; postings: BoardPosting[]; validators: Validators | null; requests: number; detailsMissing: number }
  | { status: 'not-modified'; validators: Validators; requests: number }
  | { status: 'failed'; failure: BoardFailure; requests: number };

const ACCEPT = { json: 'application/json', xml: 'application/xml, text/xml;q=0.9, */*;q=0.1' } as const;

/** https://api.x/p?q on another host, as a mirror lays it out: {base}/api.x/p?q. */
export function rebase(url: string, apiBase: string): string {
  const parsed = new URL(url);
  return `${apiBase.replace(/\/+$/, '')}/${parsed.host}${parsed.pathname}${parsed.search}`;
}

function validatorsOf(response: HttpResponse): Validators | null {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (!etag && !lastModified) return null;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Why a request got no answer: the injected fetch gave up (timeout) or the connection failed. */
function unanswered(error: unknown, url: string): BoardFailure {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout', url, message: `no answer in time from ${url}` };
  return { kind: 'network', url, message: `no answer from ${url}: ${message}` };
}

type Outcome =
  | { request: BoardRequest; kind: 'read'; postings: BoardPosting[]; next: BoardRequest[]; validators: Validators | null }
  | { request: BoardRequest; kind: 'not-modified'; validators: Validators }
  | { request: BoardRequest; kind: 'failed'; failure: BoardFailure };

export async function fetchBoard(ref: BoardRef, options: FetchBoardOptions): Promise<BoardResult> {
  const reader = readerOf(ref.kind);
  const context: ReadContext = { now: (options.now ?? (() => new Date()))() };
  const limits = { requests: options.maxRequests ?? 2500, postings: options.maxPostings ?? 5000 };
  const first = reader.start(ref);
  const byId = new Map<string, BoardPosting>();
  let queue = [first];
  let requests = 0;
  let detailsMissing = 0;
  let validators: Validators | null = null;
  while (queue.length > 0) {
    const wave = queue.slice(0, Math.max(1, options.concurrency ?? 4));
    queue = queue.slice(wave.length);
    requests += wave.length;
    if (requests > limits.requests)
      return {
        status: 'failed',
        requests,
        failure: { kind: 'too-large', url: first.url, message: `more than ${limits.requests} requests` },
      };
    const outcomes = await Promise.all(wave.map((request) => send(reader, ref, request, request === first, options, context)));
    for (const outcome of outcomes) {
      if (outcome.kind === 'not-modified') return { status: 'not-modified', validators: outcome.validators, requests };
      if (outcome.kind === 'failed') {
        const { failure, request } = outcome;
        if (request.step === 'list' || failure.kind === 'rate-limited') return { status: 'failed', failure, requests };
        if (failure.kind === 'closed') continue;
        detailsMissing++;
        const fallback = reader.fromListing?.(ref, request, context);
        if (fallback) keep(byId, fallback);
        continue;
      }
      if (outcome.request === first) validators = outcome.validators;
      for (const posting of outcome.postings) keep(byId, posting);
      queue.push(...outcome.next);
    }
    if (byId.size > limits.postings)
      return {
        status: 'failed',
        requests,
        failure: { kind: 'too-large', url: first.url, message: `more than ${limits.postings} postings` },
      };
  }
  return { status: 'ok', postings: [...byId.values()], validators: requests === 1 ? validators : null, requests, detailsMissing };
}

/** The first posting of an id wins: a page that shifted while it was walked repeats a job. */
function keep(byId: Map<string, BoardPosting>, posting: BoardPosting) {
  const key = postingKey(posting);
  if (!byId.has(key)) byId.set(key, posting);
}

async function send(
  reader: BoardReader,
  ref: BoardRef,
  request: BoardRequest,
  conditional: boolean,
  options: FetchBoardOptions,
  context: ReadContext,
): Promise<Outcome> {
  const url = options.apiBase ? rebase(request.url, options.apiBase) : request.url;
  const headers: Record<string, string> = { accept: ACCEPT[request.format] };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (conditional && options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (conditional && options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const failed = (failure: BoardFailure): Outcome => ({ request, kind: 'failed', failure });
  let response: HttpResponse;
  let body: string;
  try {
    response = await options.fetch(url, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
    if (response.status === 304 && conditional && options.validators)
      return { request, kind: 'not-modified', validators: validatorsOf(response) ?? options.validators };
    if (response.status < 200 || response.status >= 300)
      return failed(failureOfStatus(response.status, url, response.headers.get('retry-after'), context.now));
    body = await response.text();
  } catch (error) {
    return failed(unanswered(error, url));
  }
  try {
    const step = reader.read(ref, request, body, context);
    return { request, kind: 'read', postings: step.postings, next: step.next, validators: validatorsOf(response) };
  } catch (error) {
    // A reader that trips over an answer (a field of a type the API never documented) read a malformed answer.
    if (error instanceof BoardError) return failed(error.failure);
    return failed({
      kind: 'malformed',
      url,
      message: `unreadable answer from ${url}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
