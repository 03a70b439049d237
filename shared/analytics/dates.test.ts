import { describe, expect, it } from 'vitest';
import { isoWeekLabel, plausible } from './dates.ts';

describe('ISO weeks', () => {
  it.each([
    [Date.UTC(2025, 11, 29), '2026-W01'], // Monday of the week holding 1 Jan 2026 (a Thursday)
    [Date.UTC(2026, 0, 4, 23, 59), '2026-W01'], // its Sunday
    [Date.UTC(2021, 0, 1), '2020-W53'], // a Friday: still the last week of 2020
    [Date.UTC(2024, 11, 31), '2025-W01'], // a Tuesday in the week of 2 Jan 2025
    [Date.UTC(2026, 10, 23, 12), '2026-W48'],
  ])('%s is %s', (at, label) => {
    expect(isoWeekLabel(at)).toBe(label);
  });
});

describe('plausible dates', () => {
  const now = Date.UTC(2026, 10, 23);
  it('rejects the future, zeroed dates and NaN', () => {
    expect(plausible(now, now)).toBe(true);
    expect(plausible(now + 1, now)).toBe(false);
    expect(plausible(0, now)).toBe(false);
    expect(plausible(Number.NaN, now)).toBe(false);
  });
});
