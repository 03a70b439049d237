import { readIntervalMinutes } from '../../../shared/boards/registry.ts';
import type { BoardKind } from '../../../shared/boards/types.ts';
import type { Env } from '../env.ts';

/** How the worker reads boards, from its vars (wrangler.toml says what each is for). */
export interface BoardsConfig {
  intervalMinutes: number;
  hostLimitPerMinute: number;
  requestTimeoutMs: number;
  perRun: number;
  apiBase?: string;
}

export function boardsConfig(env: Env): BoardsConfig {
  return {
    intervalMinutes: env.BOARD_FETCH_INTERVAL_MINUTES,
    hostLimitPerMinute: env.BOARD_HOST_LIMIT_PER_MINUTE,
    requestTimeoutMs: env.BOARD_REQUEST_TIMEOUT_MS,
    perRun: env.BOARDS_PER_RUN,
    ...(env.BOARD_API_BASE ? { apiBase: env.BOARD_API_BASE } : {}),
  };
}

/** Minutes between two reads of a board: the configured interval, or the reader's own minimum when that is longer. */
export function intervalOf(kind: BoardKind, config: Pick<BoardsConfig, 'intervalMinutes'>): number {
  return readIntervalMinutes(kind, config.intervalMinutes);
}

/** What the cron sends per board: its key (the consumer loads the rest, validators included, from the row). */
export interface BoardMessage {
  key: string;
}

export function isBoardMessage(body: unknown): body is BoardMessage {
  return typeof body === 'object' && body !== null && typeof (body as { key?: unknown }).key === 'string';
}

export const MINUTE_MS = 60_000;
