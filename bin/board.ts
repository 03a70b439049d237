// `jobsmith board <careers-or-board-url>`: the board's open jobs, one JSON line each, in the shape
// `jobsmith extract` prints (so `jobsmith board … > jobs.jsonl` is input for `jobsmith match`).
import type { BoardFailure, BoardFailureKind } from '../shared/boards/errors.ts';
import { fetchBoard, type HttpFetch } from '../shared/boards/fetch-board.ts';
import { boardFromUrl, boardLabel } from '../shared/boards/registry.ts';
import { newId } from '../shared/ids.ts';
import { readArgs } from './args.ts';

export const BOARD_USAGE = 'jobsmith board <careers-or-board-url> [--api-base <url>] [--company <name>] [--timeout <seconds>]';

/** Exit codes by failure (sysexits where one fits): 1 the board is gone or refuses, 65 its answer is unreadable, 75 try again later. */
const EXIT: Record<BoardFailureKind, number> = {
  closed: 1,
  refused: 1,
  'too-large': 1,
  malformed: 65,
  'rate-limited': 75,
  server: 75,
  network: 75,
  timeout: 75,
};

export interface BoardCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  fetch: typeof fetch;
}

function describe(failure: BoardFailure): string {
  const wait = failure.retryAfterSeconds === undefined ? '' : `; try again in ${failure.retryAfterSeconds}s`;
  return `${failure.message}${wait}`;
}

/** Runs the command; resolves to the exit code. */
export async function boardCommand(args: string[], io: BoardCommandIo): Promise<number> {
  const read = readArgs(
    args,
    { 'api-base': { type: 'string' }, company: { type: 'string' }, timeout: { type: 'string', default: '30' } },
    1,
  );
  if (!read.ok) {
    io.err(`${read.error}; usage: ${BOARD_USAGE}`);
    return 64;
  }
  const { values, positionals } = read.args;
  const [url] = positionals;
  const timeout = Number(values.timeout);
  if (!url || !Number.isFinite(timeout) || timeout <= 0) {
    io.err(`${url ? '--timeout must be a number of seconds above 0' : 'missing <careers-or-board-url>'}; usage: ${BOARD_USAGE}`);
    return 64;
  }
  const found = boardFromUrl(url);
  if (!found) {
    io.err(`${url} is no job board Jobsmith knows`);
    return 2;
  }
  const company = values.company;
  const ref = company ? { ...found, company } : found;
  const http: HttpFetch = (target, init) =>
    io.fetch(target, { ...init, headers: { ...init.headers, 'user-agent': 'jobsmith-cli' }, signal: AbortSignal.timeout(timeout * 1000) });
  const apiBase = values['api-base'];
  const result = await fetchBoard(ref, { fetch: http, ...(apiBase ? { apiBase } : {}) });
  if (result.status === 'failed') {
    io.err(describe(result.failure));
    return EXIT[result.failure.kind];
  }
  if (result.status === 'not-modified') return 0;
  for (const posting of result.postings) io.out(JSON.stringify({ id: newId(), ...posting.job }));
  const missing = result.detailsMissing ? ` (${result.detailsMissing} without their full description)` : '';
  io.err(`${result.postings.length} open jobs on the ${boardLabel(ref.kind)} board "${ref.slug}"${missing}`);
  return 0;
}
