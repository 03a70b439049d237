import { EVENT_VERSION } from '../schemas/event.ts';

/**
 * An event as stored on a device or sent by any client version: older clients left out `v`
 * (read as 1), and props are whatever that version wrote, so each is checked before use.
 */
export interface EventLike {
  id: string;
  type: string;
  at: number;
  v?: number | null;
  props?: Record<string, unknown> | null;
}

export interface EventTotals {
  /** Distinct events (a re-sent event with the same id counts once). */
  count: number;
  byType: Record<string, number>;
  /** Events by format version, `v` missing counted as 1. */
  byVersion: Record<number, number>;
  /** Events from a client newer than this one: counted, their props read by the names we know. */
  newer: number;
  generations: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  /** Generation events whose cost was missing or not a usable number. */
  unpriced: number;
}

const amount = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

/** Totals of no events: where a sum over events starts. */
function emptyTotals(): EventTotals {
  return { count: 0, byType: {}, byVersion: {}, newer: 0, generations: 0, costUsd: 0, inputTokens: 0, outputTokens: 0, unpriced: 0 };
}

/** One pass over the events, whatever their number; memory grows only with distinct ids. */
export function eventTotals(events: Iterable<EventLike>): EventTotals {
  const totals = emptyTotals();
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const version = typeof event.v === 'number' && event.v >= 1 ? Math.floor(event.v) : 1;
    totals.count++;
    totals.byType[event.type] = (totals.byType[event.type] ?? 0) + 1;
    totals.byVersion[version] = (totals.byVersion[version] ?? 0) + 1;
    if (version > EVENT_VERSION) totals.newer++;
    if (event.type !== 'generation') continue;
    totals.generations++;
    const props = event.props ?? {};
    const cost = amount(props.costUsd);
    if (cost === null) totals.unpriced++;
    else totals.costUsd += cost;
    totals.inputTokens += amount(props.inputTokens) ?? 0;
    totals.outputTokens += amount(props.outputTokens) ?? 0;
  }
  return totals;
}
