/**
 * Hybrid logical clocks (Kulkarni et al.): a timestamp that follows the wall clock but never
 * goes backwards and orders every event a device has seen after what caused it. Encoded as a
 * fixed-width string, so comparing two clocks is comparing two strings:
 *   "<ms, 15 digits>-<counter, 5 digits>-<node id>"
 * The node id (a device id) breaks ties between devices that write in the same millisecond.
 */

const MS_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
const FORMAT = /^(\d{15})-(\d{5})-([A-Za-z0-9_-]{1,40})$/;

export interface Hlc {
  ms: number;
  counter: number;
  node: string;
}

export function encodeHlc({ ms, counter, node }: Hlc): string {
  return `${String(ms).padStart(MS_WIDTH, '0')}-${String(counter).padStart(COUNTER_WIDTH, '0')}-${node}`;
}

export function decodeHlc(text: string): Hlc | null {
  const m = FORMAT.exec(text);
  return m ? { ms: Number(m[1]), counter: Number(m[2]), node: m[3] ?? '' } : null;
}

export const isHlc = (text: string) => FORMAT.test(text);

/** A device's clock: `tick()` stamps a local write, `observe()` takes in a clock seen in a pull. */
export function createHlc(node: string, now: () => number, start?: string) {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(node)) throw new Error(`invalid HLC node id "${node}"`);
  let last: Hlc = (start && decodeHlc(start)) || { ms: 0, counter: 0, node };
  const next = (ms: number, counter: number): string => {
    if (counter > MAX_COUNTER) throw new Error('HLC counter overflow: too many writes in one millisecond');
    last = { ms, counter, node };
    return encodeHlc(last);
  };
  return {
    tick(): string {
      const wall = now();
      return wall > last.ms ? next(wall, 0) : next(last.ms, last.counter + 1);
    },
    observe(remote: string): void {
      const r = decodeHlc(remote);
      if (!r) return;
      const wall = now();
      const ms = Math.max(wall, last.ms, r.ms);
      const counter =
        ms === last.ms && ms === r.ms
          ? Math.max(last.counter, r.counter) + 1
          : ms === last.ms
            ? last.counter + 1
            : ms === r.ms
              ? r.counter + 1
              : 0;
      next(ms, counter);
    },
    /** The latest clock this device has issued or seen (persist it to survive restarts). */
    current: (): string => encodeHlc(last),
  };
}
export type HlcClock = ReturnType<typeof createHlc>;
