/**
 * The merge of DESIGN §6, run by the server on every push and by each device on every pull:
 * per top-level field, the write with the later hybrid logical clock wins; a delete is the
 * field `deletedAt` like any other, so it syncs and can lose to a later undelete. The merge is
 * commutative, associative and idempotent (ties broken by the value itself), so devices that
 * exchanged the same writes in any order hold the same record. Every write a field's winner
 * superseded is kept in the record's `history` (the latest HISTORY_LIMIT of them): which writes
 * lost does not depend on the order they met in, so the history converges too, and a value
 * typed on one device and overwritten from another is never lost silently.
 */

/** Fields every synced record carries, merged by their own rules below. */
const META = new Set(['id', 'createdAt', 'updatedAt', 'clocks', 'history']);
/** How many losing values a record keeps (oldest dropped first). */
export const HISTORY_LIMIT = 30;

export interface HistoryEntry {
  field: string;
  /** The value that was replaced. */
  value: unknown;
  /** The replaced write's clock (when it was written). */
  clock: string;
}

export interface Syncable {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  clocks: Record<string, string>;
  history?: HistoryEntry[];
  [field: string]: unknown;
}

/** Key-order-independent JSON, to compare values and to break ties the same way everywhere. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A write is its field and clock: the union of two histories, the current winners left out, oldest first. */
function mergeHistory(entries: HistoryEntry[], current: Record<string, string>): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const entry of entries) if (current[entry.field] !== entry.clock) byKey.set(`${entry.field}|${entry.clock}`, entry);
  return [...byKey.entries()]
    .sort(([a], [b]) => (a.split('|')[1] ?? '').localeCompare(b.split('|')[1] ?? '') || a.localeCompare(b))
    .map(([, entry]) => entry)
    .slice(-HISTORY_LIMIT);
}

/** Does `a` win over `b`? Later clock; on equal clocks the larger canonical value (any fixed rule converges). */
function wins(aClock: string, aValue: unknown, bClock: string, bValue: unknown): boolean {
  if (aClock !== bClock) return aClock > bClock;
  return canonical(aValue) > canonical(bValue);
}

/**
 * Merges two versions of one record. A field without a clock counts as written at the
 * beginning of time (records from before per-field clocks).
 */
export function mergeRecords<T extends Syncable>(local: T | undefined, remote: T): T {
  if (!local) return remote;
  if (local.id !== remote.id) throw new Error(`cannot merge different records (${local.id}, ${remote.id})`);
  const fields = new Set([...Object.keys(local), ...Object.keys(remote)].filter((f) => !META.has(f)));
  const merged: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  const lost: HistoryEntry[] = [];
  for (const field of fields) {
    const lc = local.clocks[field] ?? '';
    const rc = remote.clocks[field] ?? '';
    const lv = local[field];
    const rv = remote[field];
    const localWins = wins(lc, lv, rc, rv);
    const [winner, winnerClock, loser, loserClock] = localWins ? [lv, lc, rv, rc] : [rv, rc, lv, lc];
    if (winner !== undefined) merged[field] = winner;
    if (winnerClock) clocks[field] = winnerClock;
    // A superseded write is history; a field never written (no clock) or the same write is not.
    if (loserClock && loserClock !== winnerClock) lost.push({ field, value: loser, clock: loserClock });
  }
  return {
    ...merged,
    id: local.id,
    createdAt: Math.min(local.createdAt, remote.createdAt),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
    clocks,
    history: mergeHistory([...(local.history ?? []), ...(remote.history ?? []), ...lost], clocks),
  } as T;
}

/**
 * A local edit: every top-level field whose value changed gets a new clock (one tick per edit;
 * fields of one edit share it). Returns the record to store and to push.
 */
export function stamp<T extends Syncable>(before: T | undefined, after: T, tick: () => string): T {
  const clock = tick();
  const clocks = { ...(before?.clocks ?? {}), ...after.clocks };
  for (const field of Object.keys(after)) {
    if (META.has(field)) continue;
    if (!before || canonical(before[field]) !== canonical(after[field])) clocks[field] = clock;
  }
  return { ...after, clocks };
}
