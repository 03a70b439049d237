import { newId } from '../../shared/ids.ts';
import { createHlc, type HlcClock } from '../../shared/sync/hlc.ts';

let clock: HlcClock | undefined;

/**
 * This extension context's hybrid logical clock. Each context (background, panel) is its own
 * node: two of them writing in the same millisecond still get distinct, ordered clocks. Pulled
 * clocks are observed, so a later local write is always later than what the device has seen.
 */
export function deviceClock(): HlcClock {
  clock ??= createHlc(newId().slice(-12), Date.now);
  return clock;
}
