/**
 * What the fake LLM servers share: the replies a test scripts, how much of one the model writes
 * within the request's token limit, how a stream is chunked, and the shape of a provider's wire
 * dialect (fake-anthropic.ts, fake-openai.ts).
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

/** About 4 characters per token, as providers' tokenizers give for English prose and JSON. */
export const tokensFor = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function replyText(reply: Reply): string {
  if (reply.kind === 'json') return JSON.stringify(reply.value);
  if (reply.kind === 'text') return reply.text;
  return '';
}

/** What the model wrote within the request's token limit: thinking first, then as much text as fits. */
export interface Written {
  text: string;
  thinking: number;
  outputTokens: number;
  /** The limit was reached before the reply was whole. */
  cut: boolean;
}

export function write(reply: Reply, limit: number): Written {
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

/** One server-sent event; `mark` tags a text delta and the event that carries the stop reason. */
export type Sse = { event?: string; data: string; mark?: 'text' | 'finish' };

export type Dialect = {
  path: string;
  /** The request's output token limit, or the 400 message the real API gives for a request it refuses. */
  check: (body: Record<string, unknown>) => { limit: number } | { refuse: string };
  error: (status: number, message: string) => unknown;
  json: (written: Written, body: Record<string, unknown>, inputTokens: number) => unknown;
  stream: (written: Written, body: Record<string, unknown>, inputTokens: number) => Sse[];
};

let counter = 0;
export const id = (prefix: string) => `${prefix}${(++counter).toString(36).padStart(12, '0')}`;
