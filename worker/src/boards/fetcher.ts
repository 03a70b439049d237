import type { HttpFetch } from '../../../shared/boards/fetch-board.ts';
import type { HostLimiter } from './host-limit.ts';

/** How the worker introduces itself to the APIs it reads (their guidance asks clients to say who they are). */
export const USER_AGENT = 'Jobsmith/0.1 (job board reader)';

/** The platform's fetch as fetchBoard takes it: each request waits for its host's room, gives up after `timeoutMs`, and says who asks. */
export function boardFetch(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
  limiter: HostLimiter,
  timeoutMs: number,
): HttpFetch {
  return async (url, init) => {
    await limiter.take(new URL(url).host);
    return fetch(url, {
      ...init,
      headers: { ...init.headers, 'user-agent': USER_AGENT },
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
}
