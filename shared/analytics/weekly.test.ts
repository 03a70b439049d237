import { describe, expect, it } from 'vitest';
import { applicationsPerWeek } from './weekly.ts';

describe('applications per week', () => {
  it('covers the weeks up to now across a year boundary, counting older ones apart', () => {
    const now = Date.UTC(2026, 0, 7); // Wednesday of 2026-W02
    const dates = [Date.UTC(2025, 11, 22), Date.UTC(2025, 11, 28, 23), Date.UTC(2025, 11, 29), Date.UTC(2026, 0, 6), Date.UTC(2025, 10, 1)];
    const { weeks, earlier } = applicationsPerWeek(dates, now, 4);
    expect(weeks.map((w) => [w.label, w.count])).toEqual([
      ['2025-W51', 0],
      ['2025-W52', 2],
      ['2026-W01', 1],
      ['2026-W02', 1],
    ]);
    expect(earlier).toBe(1);
  });
});
