import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropic } from './fake-anthropic.ts';
import { type Dialect, id, type Reply, type Sse, tokensFor, write } from './fake-llm-wire.ts';
import { openai } from './fake-openai.ts';

/**
 * Local stand-ins for the Anthropic Messages API and OpenAI Chat Completions, speaking their
 * real wire formats (JSON and server-sent events, error bodies, usage fields) so the real SDKs
 * talk to them through `baseURL`. Each test scripts what the next calls return.
 *
 * They behave as the real services do where that matters to the worker: the reply's output
 * tokens, thinking included, stop at the request's limit (`max_tokens`, `max_completion_tokens`)
 * with stop reason `max_tokens` / finish reason `length`; thinking comes before the text (a
 * thinking block on Anthropic, reasoning tokens in OpenAI's usage); a stream can stall after
 * some deltas; an error can carry `retry-after`; and a request with parameters the real API
 * refuses for the model is answered with its 400.
 *
 * This module runs the servers; each API's wire dialect is in fake-anthropic.ts and fake-openai.ts.
 */

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeLlm {
  /** The baseURL to give the SDK. */
  url: string;
  requests: RecordedRequest[];
  /** Queues replies for the next calls; when the queue is empty, `respond` and then `fallback` answer. */
  script: (...replies: Reply[]) => void;
  /** A reply chosen from the request (a suite whose tests cannot script the server, as e2e's); undefined: `fallback`. */
  respond?: (body: Record<string, unknown>) => Reply | undefined;
  fallback: Reply;
  /** Pause between streamed events (ms): long enough, a watcher sees the text arrive. */
  streamDelayMs: number;
  reset: () => void;
  close: () => Promise<void>;
}

function promptChars(body: Record<string, unknown>): string {
  return JSON.stringify([body.system ?? '', body.messages ?? [], body.output_config ?? body.response_format ?? null]);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
}

/** Where a stalling stream stops: the index of the first event it does not send. */
function stallIndex(events: Sse[], after: number | 'text' | 'finish'): number {
  if (after === 'finish') return events.findIndex((e) => e.mark === 'finish') + 1;
  const texts = events.flatMap((e, i) => (e.mark === 'text' ? [i] : []));
  const n = after === 'text' ? texts.length : Math.min(after, texts.length);
  return n === 0 ? events.findIndex((e) => e.mark === 'text' || e.mark === 'finish') : (texts[n - 1] ?? 0) + 1;
}

/** A fake whose server is not listening yet: `listen` opens it on a free port and sets `url`. */
export interface IdleFakeLlm extends FakeLlm {
  listen: () => Promise<void>;
}

function createFake(dialect: Dialect): IdleFakeLlm {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const fake: IdleFakeLlm = {
    url: '',
    requests,
    script: (...replies) => void queue.push(...replies),
    fallback: { kind: 'status', status: 500, message: 'no reply scripted' },
    streamDelayMs: 1,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    listen: async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      fake.url = dialect === openai ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`;
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    const reply = queue.shift() ?? fake.respond?.(body) ?? fake.fallback;
    if (req.method !== 'POST' || req.url !== dialect.path) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(dialect.error(404, 'not found')));
      return;
    }
    if (reply.kind === 'hang') return;
    const requestId = id('req_');
    const ids = { 'request-id': requestId, 'x-request-id': requestId };
    const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...ids, ...headers }).end(JSON.stringify(dialect.error(status, message)));
    if (reply.kind === 'status') return void fail(reply.status, reply.message ?? 'Internal server error', reply.headers);
    const checked = dialect.check(body);
    if ('refuse' in checked) return void fail(400, checked.refuse);
    const written = write(reply, checked.limit);
    const inputTokens = tokensFor(promptChars(body));
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...ids });
      const events = dialect.stream(written, body, inputTokens);
      const stop = reply.stall ? stallIndex(events, reply.stall.after) : events.length;
      for (const { event, data } of events.slice(0, stop)) {
        res.write(`${event ? `event: ${event}\n` : ''}data: ${data}\n\n`);
        await new Promise((resolve) => setTimeout(resolve, fake.streamDelayMs));
      }
      // A stalled stream stays open until the client gives up, unless it is to end cleanly.
      if (stop === events.length || reply.stall?.close) res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', ...ids }).end(JSON.stringify(dialect.json(written, body, inputTokens)));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  return fake;
}

/** The fakes before they listen, for a test file to start in its hooks (fakeLlmsPerFile, harness.ts). */
export const fakeAnthropic = () => createFake(anthropic);
export const fakeOpenAi = () => createFake(openai);

async function startFake(fake: IdleFakeLlm): Promise<FakeLlm> {
  await fake.listen();
  return fake;
}

export const startFakeAnthropic = () => startFake(fakeAnthropic());
export const startFakeOpenAi = () => startFake(fakeOpenAi());
