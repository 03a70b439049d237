import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
 */

/** How a model writes its reply. */
export interface Writing {
  /** Output tokens spent thinking before the text; they count against the request's limit, as real thinking does. */
  thinking?: number;
  /**
   * A stream that stops sending part way and keeps the connection open (`close` ends the body
   * cleanly instead): after that many text deltas, after all of them ('text'), or after the stop
   * reason but before the last event ('finish': Anthropic's message_stop, OpenAI's usage chunk).
   */
  stall?: { after: number | 'text' | 'finish'; close?: boolean };
}

export type Reply =
  /** A structured reply: JSON text (Anthropic's structured output, OpenAI's JSON response format). */
  | ({ kind: 'json'; value: unknown } & Writing)
  /** Text as the model would write it (also how a stream is sent, a few words per event). */
  | ({ kind: 'text'; text: string } & Writing)
  /** An error response; `headers` such as `retry-after` (seconds) or `retry-after-ms`. */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** Accepts the request and never answers. */
  | { kind: 'hang' };

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

/** About 4 characters per token, as providers' tokenizers give for English prose and JSON. */
export const tokensFor = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function promptChars(body: Record<string, unknown>): string {
  return JSON.stringify([body.system ?? '', body.messages ?? [], body.output_config ?? body.response_format ?? null]);
}

function replyText(reply: Reply): string {
  if (reply.kind === 'json') return JSON.stringify(reply.value);
  if (reply.kind === 'text') return reply.text;
  return '';
}

/** What the model wrote within the request's token limit: thinking first, then as much text as fits. */
interface Written {
  text: string;
  thinking: number;
  outputTokens: number;
  /** The limit was reached before the reply was whole. */
  cut: boolean;
}

function write(reply: Reply, limit: number): Written {
  const full = replyText(reply);
  const thinking = Math.min(reply.kind === 'json' || reply.kind === 'text' ? (reply.thinking ?? 0) : 0, limit);
  const room = limit - thinking;
  const cut = full.length > 0 && tokensFor(full) > room;
  const text = cut ? full.slice(0, room * 4) : full;
  return { text, thinking, outputTokens: thinking + (text ? tokensFor(text) : 0), cut };
}

/** Splits text into chunks of a few words, the way models stream. */
export function chunksOf(text: string): string[] {
  return text.match(/(\S+\s*){1,4}|\s+/g) ?? [text];
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
}

/** One server-sent event; `mark` tags a text delta and the event that carries the stop reason. */
type Sse = { event?: string; data: string; mark?: 'text' | 'finish' };

type Dialect = {
  path: string;
  /** The request's output token limit, or the 400 message the real API gives for a request it refuses. */
  check: (body: Record<string, unknown>) => { limit: number } | { refuse: string };
  error: (status: number, message: string) => unknown;
  json: (written: Written, body: Record<string, unknown>, inputTokens: number) => unknown;
  stream: (written: Written, body: Record<string, unknown>, inputTokens: number) => Sse[];
};

let counter = 0;
const id = (prefix: string) => `${prefix}${(++counter).toString(36).padStart(12, '0')}`;

const ANTHROPIC_ERRORS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

/** Claude 5.x models think adaptively and refuse the older `{ type: 'enabled', budget_tokens }`. */
const adaptiveOnly = (model: unknown) => typeof model === 'string' && /^claude-[a-z]+-5/.test(model);

const thinkingSummary = (body: Record<string, unknown>) =>
  (body.thinking as { display?: string } | undefined)?.display === 'summarized' ? 'Matching the profile to the posting.' : '';

const anthropic: Dialect = {
  path: '/v1/messages',
  check: (body) => {
    if (typeof body.max_tokens !== 'number') return { refuse: 'max_tokens: Field required' };
    const thinking = body.thinking as { type?: string; budget_tokens?: number } | undefined;
    if (thinking?.type === 'enabled' && adaptiveOnly(body.model)) {
      return {
        refuse: `"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.`,
      };
    }
    if (thinking?.type === 'enabled' && (thinking.budget_tokens ?? 0) >= body.max_tokens) {
      return { refuse: '`max_tokens` must be greater than `thinking.budget_tokens`.' };
    }
    return { limit: body.max_tokens };
  },
  error: (status, message) => ({
    type: 'error',
    error: { type: ANTHROPIC_ERRORS[status] ?? 'api_error', message },
    request_id: id('req_'),
  }),
  json: (written, body, inputTokens) => {
    const thinking = written.thinking ? [{ type: 'thinking', thinking: thinkingSummary(body), signature: `sig_${id('')}` }] : [];
    return {
      id: id('msg_'),
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [...thinking, { type: 'text', text: written.text, citations: null }],
      stop_reason: written.cut ? 'max_tokens' : 'end_turn',
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: inputTokens,
        output_tokens: written.outputTokens,
        output_tokens_details: { thinking_tokens: written.thinking },
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: null,
        server_tool_use: null,
        service_tier: 'standard',
      },
    };
  },
  stream: (written, body, inputTokens) => {
    const ev = (event: string, data: unknown, mark?: Sse['mark']): Sse => ({ event, data: JSON.stringify(data), ...(mark && { mark }) });
    const summary = thinkingSummary(body);
    const thinking = written.thinking
      ? [
          ev('content_block_start', {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'thinking', thinking: '', signature: '' },
          }),
          ...(summary
            ? [ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: summary } })]
            : []),
          ev('content_block_delta', {
            type: 'content_block_delta',
            index: 0,
            delta: { type: 'signature_delta', signature: `sig_${id('')}` },
          }),
          ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
        ]
      : [];
    const index = thinking.length > 0 ? 1 : 0;
    return [
      ev('message_start', {
        type: 'message_start',
        message: {
          id: id('msg_'),
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: inputTokens, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
        },
      }),
      ev('ping', { type: 'ping' }),
      ...thinking,
      ev('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '', citations: null } }),
      ...(written.text ? chunksOf(written.text) : []).map((chunk) =>
        ev('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: chunk } }, 'text'),
      ),
      ev('content_block_stop', { type: 'content_block_stop', index }),
      ev(
        'message_delta',
        {
          type: 'message_delta',
          delta: { stop_reason: written.cut ? 'max_tokens' : 'end_turn', stop_sequence: null },
          usage: { output_tokens: written.outputTokens },
        },
        'finish',
      ),
      ev('message_stop', { type: 'message_stop' }),
    ];
  },
};

/** GPT-5 and o-series models reason; they refuse `max_tokens`, and older models refuse `reasoning_effort`. */
const reasons = (model: unknown) => typeof model === 'string' && /^(gpt-5|o\d)/.test(model);

const openai: Dialect = {
  path: '/v1/chat/completions',
  check: (body) => {
    if (body.max_tokens !== undefined && reasons(body.model)) {
      return { refuse: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." };
    }
    if (body.reasoning_effort !== undefined && !reasons(body.model)) {
      return { refuse: "Unsupported parameter: 'reasoning_effort' is not supported with this model." };
    }
    const limit = body.max_completion_tokens ?? body.max_tokens;
    return { limit: typeof limit === 'number' ? limit : 128_000 };
  },
  error: (status, message) => ({
    error: {
      message,
      type: status === 429 ? 'requests' : status === 400 || status === 401 ? 'invalid_request_error' : 'server_error',
      param: null,
      code: status === 401 ? 'invalid_api_key' : status === 429 ? 'rate_limit_exceeded' : null,
    },
  }),
  json: (written, body, inputTokens) => {
    return {
      id: id('chatcmpl-'),
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: written.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: written.cut ? 'length' : 'stop',
        },
      ],
      usage: usageBlock(inputTokens, written),
      service_tier: 'default',
      system_fingerprint: null,
    };
  },
  stream: (written, body, inputTokens) => {
    const base = { id: id('chatcmpl-'), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
    const chunk = (delta: Record<string, unknown>, finish: string | null, mark?: Sse['mark']): Sse => ({
      data: JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null }),
      ...(mark && { mark }),
    });
    const withUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
    return [
      chunk({ role: 'assistant', content: '', refusal: null }, null),
      ...(written.text ? chunksOf(written.text) : []).map((c) => chunk({ content: c }, null, 'text')),
      chunk({}, written.cut ? 'length' : 'stop', 'finish'),
      ...(withUsage ? [{ data: JSON.stringify({ ...base, choices: [], usage: usageBlock(inputTokens, written) }) }] : []),
      { data: '[DONE]' },
    ];
  },
};

function usageBlock(inputTokens: number, written: Written) {
  return {
    prompt_tokens: inputTokens,
    completion_tokens: written.outputTokens,
    total_tokens: inputTokens + written.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: written.thinking,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** Where a stalling stream stops: the index of the first event it does not send. */
function stallIndex(events: Sse[], after: number | 'text' | 'finish'): number {
  if (after === 'finish') return events.findIndex((e) => e.mark === 'finish') + 1;
  const texts = events.flatMap((e, i) => (e.mark === 'text' ? [i] : []));
  const n = after === 'text' ? texts.length : Math.min(after, texts.length);
  return n === 0 ? events.findIndex((e) => e.mark === 'text' || e.mark === 'finish') : (texts[n - 1] ?? 0) + 1;
}

async function startFake(dialect: Dialect): Promise<FakeLlm> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const fake: FakeLlm = {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = dialect === openai ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`;
  return fake;
}

export const startFakeAnthropic = () => startFake(anthropic);
export const startFakeOpenAi = () => startFake(openai);
