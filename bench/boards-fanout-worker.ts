// The same fan-out under `wrangler dev` (workerd, the queue simulated by Miniflare as wrangler.toml
// declares it): 1,000 followed boards of 50 postings on the fake board server (over HTTP), one
// run of the Cron Trigger (GET /__scheduled), then the time until the queue's consumer has read
// every board. Needs the worker started with --test-scheduled, BOARD_API_BASE at `fake.url` and a
// per-host limit out of the way (every fake board is on one host).
import postgres from 'postgres';
import type { FakeBoards } from '../worker/test/fake-boards.ts';
import { BOARDS, fanoutBoards, seedFollowedBoards } from './boards-fanout.ts';
import { type Summary, summarize } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

export interface FanoutWorkerBenchResult {
  boards: number;
  /** The cron's HTTP round trip: select, lease and send 1,000 messages to the local queue. */
  cronMs: number;
  /** From the cron's start until the consumer had read every board. */
  allReadMs: number;
  requests: number;
}

export async function boardsFanoutWorkerBench(
  record: Record,
  api: string,
  databaseUrl: string,
  fake: FakeBoards,
): Promise<FanoutWorkerBenchResult> {
  const boards = fanoutBoards('wfan', 3_000_000);
  fake.boards.push(...boards);
  const keys = await seedFollowedBoards(databaseUrl, boards);
  // A connection per look: embedded PGlite serves one client at a time, and the worker needs it meanwhile.
  const boardsRead = async () => {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql<
        Array<{ n: number }>
      >`select count(distinct board_key)::int as n from board_fetch_log where board_key in ${sql(keys)}`;
      return row?.n ?? 0;
    } finally {
      await sql.end({ timeout: 5 });
    }
  };
  const requestsBefore = fake.requests.length;
  const t0 = performance.now();
  const cron = await fetch(`${api}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`);
  if (!cron.ok) throw new Error(`the cron answered ${cron.status}`);
  const cronMs = performance.now() - t0;
  let read = 0;
  while (read < BOARDS) {
    if (performance.now() - t0 > 600_000) throw new Error(`only ${read} of ${BOARDS} boards read in 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    read = await boardsRead();
  }
  const allReadMs = Math.round(performance.now() - t0);
  record('boards under wrangler dev: cron run sending 1,000 boards to the queue', summarize([cronMs], cronMs));
  record(
    'boards under wrangler dev: cron to every board read (ms a board; per second: boards)',
    summarize(Array(BOARDS).fill(allReadMs / BOARDS), allReadMs),
  );
  return { boards: BOARDS, cronMs: Math.round(cronMs), allReadMs, requests: fake.requests.length - requestsBefore };
}
