import { decodeHlc } from '../../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS, type SyncChange } from '../../../shared/sync/protocol.ts';
import { ApiError } from '../lib/errors.ts';
import { ENTITY_SCHEMAS } from './entities.ts';

/**
 * Deeper JSON than any real record has (a resume's content is a few levels) would overflow the
 * stack of the recursive merge and canonical(), a 500; it is refused as bad input instead.
 */
export const MAX_RECORD_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text Postgres cannot keep in jsonb: NUL, and a UTF-16 surrogate without its pair. */
const unstorableText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** Why `value` cannot be stored as a record (too deep, or text jsonb refuses), or null; walked without recursion. */
function unstorable(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > MAX_RECORD_DEPTH) return `nested deeper than ${MAX_RECORD_DEPTH} levels`;
    if (typeof node === 'string' && unstorableText(node)) return 'text holds a NUL character or an unpaired surrogate';
    if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        if (unstorableText(key)) return 'a key holds a NUL character or an unpaired surrogate';
        stack.push([child, depth + 1]);
      }
  }
  return null;
}

/** Fields the merge handles by its own rules: a clock on one of them means nothing and is refused. */
const META = new Set(['id', 'createdAt', 'updatedAt', 'clocks', 'history']);

/**
 * What the zod schema cannot say about a change: Postgres can store it; every clock is a hybrid
 * logical clock of a field the entity has, and none is further ahead of `now` than
 * MAX_CLOCK_SKEW_MS. A clock far
 * in the future would win every later merge of its field, so a device whose date is wrong is
 * refused before anything of its push is applied, with how far ahead it is.
 */
export function checkChange(change: SyncChange, index: number, now: number): void {
  const problem = unstorable(change.record);
  if (problem) throw new ApiError(400, 'bad_request', `changes.${index}.record: ${problem}`);
  const fields = ENTITY_SCHEMAS[change.entity].shape;
  for (const [field, clock] of Object.entries(change.record.clocks)) {
    const where = `changes.${index}.record.clocks.${field}`;
    if (META.has(field) || !Object.hasOwn(fields, field))
      throw new ApiError(400, 'bad_request', `${where}: ${change.entity} has no field "${field}"`);
    const hlc = decodeHlc(clock);
    if (!hlc) throw new ApiError(400, 'bad_request', `${where}: not a hybrid logical clock ("${clock.slice(0, 80)}")`);
    const ahead = hlc.ms - now;
    if (ahead > MAX_CLOCK_SKEW_MS)
      throw new ApiError(
        400,
        'clock_skew',
        `${where} is ${Math.round(ahead / 1000)} s ahead of the server's clock (at most ${MAX_CLOCK_SKEW_MS / 1000} s allowed): set this device's date and time correctly, then sync again`,
      );
  }
}
