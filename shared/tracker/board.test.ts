import { describe, expect, it } from 'vitest';
import { groupByStatus, STATUSES, statusAfter } from './board.ts';
import { row } from './testing.ts';

describe('groupByStatus', () => {
  it('gives all eight statuses a column, in lifecycle order, rows kept in the order given', () => {
    const rows = [
      row({ title: 'A', company: 'Acme', savedDay: 0, moves: ['applied'] }),
      row({ title: 'B', company: 'Globex', savedDay: 1 }),
      row({ title: 'C', company: 'Initech', savedDay: 2, moves: ['applied'] }),
      row({ title: 'D', company: 'Umbrella', savedDay: 3, moves: ['ghosted'] }),
    ];
    const board = groupByStatus(rows);
    expect(board.map((c) => [c.status, c.rows.map((r) => r.job.title)])).toEqual([
      ['saved', ['B']],
      ['applied', ['A', 'C']],
      ['interviewing', []],
      ['offer', []],
      ['accepted', []],
      ['rejected', []],
      ['withdrawn', []],
      ['ghosted', ['D']],
    ]);
    expect(STATUSES).toEqual(['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted']);
  });
});

describe('statusAfter', () => {
  it('moves one column either way and stops at the ends', () => {
    expect(statusAfter('saved', 1)).toBe('applied');
    expect(statusAfter('interviewing', -1)).toBe('applied');
    expect(statusAfter('saved', -1)).toBe('saved');
    expect(statusAfter('ghosted', 1)).toBe('ghosted');
  });
});
