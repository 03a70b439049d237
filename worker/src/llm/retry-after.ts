/**
 * How long a provider asked to be left alone before the next try, in ms, from the error the SDK
 * threw (both SDKs keep the response's headers on it): `retry-after-ms`, else `retry-after` in
 * seconds or as an HTTP date. Anthropic sends `retry-after` with its 429s; 529 (overloaded) and
 * OpenAI's 429s may carry either. Undefined when there is no such header or it does not parse.
 */
export function retryAfterMs(error: unknown, now: number): number | undefined {
  const headers = (error as { headers?: unknown } | null)?.headers as Headers | undefined;
  if (typeof headers?.get !== 'function') return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
