import { backoffDelay } from '../sync/backoff.ts';
import type { BoardFailure, BoardFailureKind } from './errors.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a board waits after a failed read, by why it failed: `base` doubles with each failure
 * in a row up to `cap` (with jitter, so boards that failed together are not asked together), and
 * `retry` says whether the worker's queue message is tried again after that wait or the board
 * waits for a later cron run. The worker and the extension (signed out, it reads boards itself)
 * wait alike.
 */
export const WAITS: Record<BoardFailureKind, { base: number; cap: number; retry: boolean }> = {
  // The API asked us to slow down: its Retry-After when it states one (waitAfter), else minutes.
  'rate-limited': { base: 5 * MINUTE, cap: 6 * HOUR, retry: true },
  // A failing server, a dropped connection, a slow answer: usually gone within minutes.
  server: { base: MINUTE, cap: 6 * HOUR, retry: true },
  network: { base: MINUTE, cap: 6 * HOUR, retry: true },
  timeout: { base: MINUTE, cap: 6 * HOUR, retry: true },
  // 404/410: the board is gone (its jobs are closed); looked at again daily in case it comes back.
  closed: { base: DAY, cap: DAY, retry: false },
  // 403/400 or an answer that is not the API's shape: asking again at once gets the same; hours, then a day.
  refused: { base: HOUR, cap: DAY, retry: false },
  malformed: { base: HOUR, cap: DAY, retry: false },
  'too-large': { base: DAY, cap: DAY, retry: false },
};

/** Seconds the board waits after its `failures`-th failed read in a row. */
export function waitAfter(failure: BoardFailure, failures: number, random: () => number = Math.random): number {
  const { base, cap } = WAITS[failure.kind];
  if (failure.kind === 'rate-limited' && failure.retryAfterSeconds !== undefined)
    return Math.min(Math.max(failure.retryAfterSeconds, MINUTE), cap);
  return Math.round(backoffDelay(failures, random, base * 1000, cap * 1000) / 1000);
}
