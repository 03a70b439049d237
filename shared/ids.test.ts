import { describe, expect, it } from 'vitest';
import { newId, Ulid } from './ids.ts';

describe('ids', () => {
  it('are ULIDs that sort by creation, even within one millisecond', () => {
    const ids = Array.from({ length: 50 }, () => newId(1_700_000_000_000));
    expect(ids.every((id) => Ulid.safeParse(id).success)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });
});
