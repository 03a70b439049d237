import { decodeHlc } from '../../../shared/sync/hlc.ts';
import { MAX_CLOCK_SKEW_MS, type SyncChange } from '../../../shared/sync/protocol.ts';
import { ApiError } from '../lib/errors.ts';
import { ENTITY_SCHEMAS } from './entities.ts';

/** Fields the merge handles by its own rules: a clock on one of them means nothing and is refused. */
const META = new Set(['id', 'createdAt', 'updatedAt', 'clocks', 'history']);

/**
 * What the zod schema cannot say about a change: every clock is a hybrid logical clock of a
 * field the entity has, and none is further ahead of `now` than MAX_CLOCK_SKEW_MS. A clock far
 * in the future would win every later merge of its field, so a device whose date is wrong is
 * refused before anything of its push is applied, with how far ahead it is.
 */
export function checkChange(change: SyncChange, index: number, now: number): void {
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
