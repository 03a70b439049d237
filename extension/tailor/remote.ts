import { ErrorBody } from '../../shared/api/auth.ts';
import {
  type GenerateInput,
  type GenerateResult,
  LetterResponse,
  LetterStreamDelta,
  LetterStreamDone,
  ResumeResponse,
} from '../../shared/api/generate.ts';
import { ApiClientError } from '../sync/api-client.ts';

/**
 * The background's client for the worker's generation routes. A resume is one JSON call; a
 * cover letter streams as server-sent events, each `delta` handed to `onDelta` so the panel
 * shows the letter as it is written.
 */

interface Options {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

async function failure(res: Response): Promise<ApiClientError> {
  const parsed = ErrorBody.safeParse(await res.json().catch(() => null));
  const retry = res.headers.get('retry-after');
  const message = parsed.success ? parsed.data.error.message : `${res.status} ${res.statusText}`;
  return new ApiClientError(
    res.status,
    parsed.success ? parsed.data.error.code : 'http_error',
    retry ? `${message} (try again in ${Math.ceil(Number(retry) / 60)} min)` : message,
  );
}

/** Splits an SSE body into events. */
async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      yield { event, data: data.join('\n') };
      end = buffer.indexOf('\n\n');
    }
  }
}

export async function generateRemote(
  options: Options,
  kind: 'resume' | 'cover-letter',
  input: GenerateInput,
  onDelta: (text: string) => void,
): Promise<GenerateResult> {
  const doFetch = options.fetch ?? fetch;
  const stream = kind === 'cover-letter';
  let res: Response;
  try {
    res = await doFetch(new URL(`/v1/generate/${kind}`, options.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.token}`,
        ...(stream ? { accept: 'text/event-stream' } : {}),
      },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(options.timeoutMs ?? 90_000),
    });
  } catch (error) {
    throw new ApiClientError(0, 'offline', `cannot reach ${options.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!res.ok) throw await failure(res);
  if (!stream || !res.body || !res.headers.get('content-type')?.includes('text/event-stream')) {
    // The route's own answer schema: a server that cannot stream answers the letter as JSON.
    const parsed = (stream ? LetterResponse : ResumeResponse).safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', 'unexpected response from the generator');
    return parsed.data;
  }
  for await (const { event, data } of events(res.body)) {
    if (event === 'delta') {
      const delta = LetterStreamDelta.safeParse(JSON.parse(data));
      if (delta.success) onDelta(delta.data.text);
    } else if (event === 'done') {
      const parsed = LetterStreamDone.safeParse(JSON.parse(data));
      if (!parsed.success) throw new ApiClientError(200, 'bad_response', 'unexpected result from the generator');
      return parsed.data;
    } else if (event === 'error') {
      const parsed = ErrorBody.safeParse(JSON.parse(data));
      throw new ApiClientError(
        502,
        parsed.success ? parsed.data.error.code : 'stream_error',
        parsed.success ? parsed.data.error.message : 'the letter stream failed',
      );
    }
  }
  throw new ApiClientError(502, 'stream_ended', 'the letter stream ended before the letter was complete');
}
