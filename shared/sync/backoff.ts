/**
 * Delay before retry number `attempt` (1-based): exponential from `baseMs`, capped, with
 * "equal jitter" so that many devices that failed together do not retry together.
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = 1000, capMs = 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
