export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  perSecond: number;
}

/** To two decimals, as results.json keeps numbers. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** Percentiles of latencies (ms) and throughput over the wall time the samples took. */
export function summarize(latencies: number[], wallMs: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? 0),
    perSecond: round((sorted.length / wallMs) * 1000),
  };
}

/** `summarize` of samples taken one after another: the wall time is their sum. */
export function summarizeSequential(latencies: number[]): Summary {
  return summarize(
    latencies,
    latencies.reduce((a, b) => a + b, 0),
  );
}

/** One timed run that did `n` things at once (a whole push, a whole sync): its time stands for every percentile. */
export function summarizeTotal(n: number, totalMs: number): Summary {
  return { n, p50: round(totalMs), p95: round(totalMs), max: round(totalMs), perSecond: round((n / totalMs) * 1000) };
}

/** Runs `task` `total` times with `concurrency` in flight, timing each. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<void>): Promise<Summary> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return summarize(latencies, performance.now() - started);
}
