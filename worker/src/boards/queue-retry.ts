import { WAITS } from '../../../shared/boards/backoff.ts';
import type { BoardFailure } from '../../../shared/boards/errors.ts';

/** A queue message waits at most this long before a retry (Cloudflare Queues' limit is 12 hours). */
export const MAX_MESSAGE_DELAY_SECONDS = 12 * 60 * 60;

/** How many times one queue message is tried before the board waits for a later cron run (wrangler.toml's max_retries is above it). */
export const READ_ATTEMPTS = 4;

/** Whether the message is tried again (after the wait) rather than left to a later cron run. */
export function retriesMessage(failure: BoardFailure, attempt: number): boolean {
  return WAITS[failure.kind].retry && attempt < READ_ATTEMPTS;
}
