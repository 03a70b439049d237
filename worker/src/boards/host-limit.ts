/**
 * At most `perMinute` requests to one API host in any 60 seconds (a sliding window): boards on
 * the same ATS share its host, and an ATS that sees a burst from one client may block it. One
 * limiter serves every batch an isolate runs (handlers.ts), and the consumer runs one batch at a
 * time (max_concurrency = 1 in wrangler.toml), so the limit holds across each batch and, but for
 * a new isolate starting its own count, across the worker.
 */
export class HostLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly perMinute: number;
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(perMinute: number, clock: () => number, sleep: (ms: number) => Promise<void>) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.sleep = sleep;
  }

  /** Milliseconds until `host` may be asked again (0: now). */
  waitFor(host: string): number {
    const now = this.clock();
    const times = this.recent(host, now);
    if (times.length < this.perMinute) return 0;
    return (times[times.length - this.perMinute] as number) + 60_000 - now;
  }

  /** Waits for room, then counts one request to `host`. */
  async take(host: string): Promise<void> {
    for (let wait = this.waitFor(host); wait > 0; wait = this.waitFor(host)) await this.sleep(wait);
    this.recent(host, this.clock()).push(this.clock());
  }

  private recent(host: string, now: number): number[] {
    const times = (this.sent.get(host) ?? []).filter((t) => t > now - 60_000);
    this.sent.set(host, times);
    return times;
  }
}
