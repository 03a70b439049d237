import { monotonicFactory } from 'ulidx';
import { z } from 'zod';

// Ids are generated on the client (DESIGN §3) so records can be created offline.
// Monotonic so that ids made in the same millisecond still sort by creation order.
const nextUlid = monotonicFactory();

export function newId(now: number = Date.now()): string {
  return nextUlid(now);
}

export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a ULID (26 Crockford base32 characters)');
