import { describe, expect, it } from 'vitest';
import { filterRows, isFiltered, NO_FILTER, type TrackerFilter } from './filter.ts';
import { day, row } from './testing.ts';

const rows = [
  row({ title: 'Accountant', company: 'Acme Corp', source: 'lever', savedDay: 0, moves: ['applied'], score: 82 }),
  row({ title: 'Payroll Specialist', company: 'Globex', source: 'greenhouse', savedDay: 3, score: 55 }),
  row({ title: 'Auditor', company: 'ACME Labs', source: 'linkedin', savedDay: 5, moves: ['applied', 'interviewing'], score: null }),
  row({ title: 'Controller', company: 'Initech', source: 'indeed', savedDay: 10, moves: ['rejected'], score: 30 }),
];
const titles = (filter: Partial<TrackerFilter>) => filterRows(rows, { ...NO_FILTER, ...filter }).map((r) => r.job.title);

describe('filterRows', () => {
  it('keeps every row, in order, with no filter', () => {
    expect(titles({})).toEqual(['Accountant', 'Payroll Specialist', 'Auditor', 'Controller']);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('by status and by source: any of the chosen ones', () => {
    expect(titles({ statuses: ['applied', 'rejected'] })).toEqual(['Accountant', 'Controller']);
    expect(titles({ sources: ['greenhouse', 'linkedin'] })).toEqual(['Payroll Specialist', 'Auditor']);
    expect(titles({ statuses: ['applied'], sources: ['linkedin'] })).toEqual([]);
  });

  it('by part of the company name, any case, ignoring surrounding spaces', () => {
    expect(titles({ company: '  acme ' })).toEqual(['Accountant', 'Auditor']);
    expect(isFiltered({ ...NO_FILTER, company: '  ' })).toBe(false);
  });

  it('by match score range, inclusive, leaving out unscored rows', () => {
    expect(titles({ minScore: 55 })).toEqual(['Accountant', 'Payroll Specialist']);
    expect(titles({ minScore: 30, maxScore: 55 })).toEqual(['Payroll Specialist', 'Controller']);
    expect(titles({ maxScore: 29 })).toEqual([]);
  });

  it('by saved date range: from inclusive, to exclusive', () => {
    expect(titles({ saved: { from: day(3), to: day(10) } })).toEqual(['Payroll Specialist', 'Auditor']);
    expect(titles({ saved: { from: day(5), to: null } })).toEqual(['Auditor', 'Controller']);
  });

  it('by applied date range, leaving out what was never applied to', () => {
    // Accountant applied on day 1, Auditor on day 6; the others never applied.
    expect(titles({ applied: { from: null, to: day(2) } })).toEqual(['Accountant']);
    expect(titles({ applied: { from: day(0), to: null } })).toEqual(['Accountant', 'Auditor']);
  });
});
