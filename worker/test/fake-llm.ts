import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for the Anthropic Messages API and OpenAI Chat Completions, speaking their
 * real wire formats (JSON and server-sent events, error bodies, usage fields) so the real SDKs
 * talk to them through `baseURL`. Each test scripts what the next calls return.
 */

export type Reply =
  /** A structured reply: JSON text (Anthropic's structured output, OpenAI's JSON response format). */
  | { kind: 'json'; value: unknown }
  /** Text as the model would write it (also how a stream is sent, a few words per event). */
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: number; message?: string }
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
  /** Queues replies for the next calls; when the queue is empty, `fallback` answers. */
  script: (...replies: Reply[]) => void;
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

/** Splits text into chunks of a few words, the way models stream. */
export function chunksOf(text: string): string[] {
  return text.match(/(\S+\s*){1,4}|\s+/g) ?? [text];
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
}

type Dialect = {
  path: string;
  error: (status: number, message: string) => unknown;
  json: (reply: Reply, body: Record<string, unknown>, inputTokens: number) => unknown;
  stream: (text: string, body: Record<string, unknown>, inputTokens: number) => Array<{ event?: string; data: string }>;
};

let counter = 0;
const id = (prefix: string) => `${prefix}${(++counter).toString(36).padStart(12, '0')}`;

const anthropic: Dialect = {
  path: '/v1/messages',
  error: (status, message) => ({
    type: 'error',
    error: { type: status === 429 ? 'rate_limit_error' : status === 401 ? 'authentication_error' : 'api_error', message },
    request_id: id('req_'),
  }),
  json: (reply, body, inputTokens) => {
    const text = replyText(reply);
    const content = [{ type: 'text', text, citations: null }];
    return {
      id: id('msg_'),
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: 'end_turn',
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: inputTokens,
        output_tokens: tokensFor(text),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: null,
        server_tool_use: null,
        service_tier: 'standard',
      },
    };
  },
  stream: (text, body, inputTokens) => {
    const ev = (event: string, data: unknown) => ({ event, data: JSON.stringify(data) });
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
      ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', citations: null } }),
      ev('ping', { type: 'ping' }),
      ...chunksOf(text).map((chunk) =>
        ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: chunk } }),
      ),
      ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
      ev('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: tokensFor(text) },
      }),
      ev('message_stop', { type: 'message_stop' }),
    ];
  },
};

const openai: Dialect = {
  path: '/v1/chat/completions',
  error: (status, message) => ({
    error: {
      message,
      type: status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : 'server_error',
      param: null,
      code: status === 401 ? 'invalid_api_key' : null,
    },
  }),
  json: (reply, body, inputTokens) => {
    const text = replyText(reply);
    const outputTokens = tokensFor(text);
    return {
      id: id('chatcmpl-'),
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: usageBlock(inputTokens, outputTokens),
      service_tier: 'default',
      system_fingerprint: null,
    };
  },
  stream: (text, body, inputTokens) => {
    const base = { id: id('chatcmpl-'), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
    const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
      data: JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null }),
    });
    const withUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
    return [
      chunk({ role: 'assistant', content: '', refusal: null }, null),
      ...chunksOf(text).map((c) => chunk({ content: c }, null)),
      chunk({}, 'stop'),
      ...(withUsage ? [{ data: JSON.stringify({ ...base, choices: [], usage: usageBlock(inputTokens, tokensFor(text)) }) }] : []),
      { data: '[DONE]' },
    ];
  },
};

function usageBlock(inputTokens: number, outputTokens: number) {
  return {
    prompt_tokens: inputTokens,
    completion_tokens: outputTokens,
    total_tokens: inputTokens + outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
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
    const reply = queue.shift() ?? fake.fallback;
    if (req.method !== 'POST' || req.url !== dialect.path) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(dialect.error(404, 'not found')));
      return;
    }
    if (reply.kind === 'hang') return;
    const requestId = id('req_');
    if (reply.kind === 'status') {
      res
        .writeHead(reply.status, { 'content-type': 'application/json', 'request-id': requestId, 'x-request-id': requestId })
        .end(JSON.stringify(dialect.error(reply.status, reply.message ?? 'Internal server error')));
      return;
    }
    const inputTokens = tokensFor(promptChars(body));
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': requestId });
      for (const { event, data } of dialect.stream(replyText(reply), body, inputTokens)) {
        res.write(`${event ? `event: ${event}\n` : ''}data: ${data}\n\n`);
        await new Promise((resolve) => setTimeout(resolve, fake.streamDelayMs));
      }
      res.end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json', 'request-id': requestId, 'x-request-id': requestId })
      .end(JSON.stringify(dialect.json(reply, body, inputTokens)));
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
