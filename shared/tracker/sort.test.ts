import { describe, expect, it } from 'vitest';
import { changeStatus } from '../applications.ts';
import { lastActivity } from './row.ts';
import { sortRows, type TrackerSort } from './sort.ts';
import { day, row } from './testing.ts';

const rows = [
  row({ title: 'Accountant', company: 'acme', savedDay: 0, moves: ['applied'], score: 82 }),
  row({ title: 'Payroll Specialist', company: 'Globex', savedDay: 3, score: 55 }),
  row({ title: 'Auditor', company: 'Acme', savedDay: 5, moves: ['applied', 'interviewing'], score: null }),
  row({ title: 'Controller', company: '', savedDay: 10, score: 30 }),
];
const titles = (sort: TrackerSort) => sortRows(rows, sort).map((r) => r.job.title);

describe('sortRows', () => {
  it('by date saved, newest first or oldest first', () => {
    expect(titles({ key: 'saved', direction: 'desc' })).toEqual(['Controller', 'Auditor', 'Payroll Specialist', 'Accountant']);
    expect(titles({ key: 'saved', direction: 'asc' })).toEqual(['Accountant', 'Payroll Specialist', 'Auditor', 'Controller']);
  });

  it('by applied date, the never-applied last in either direction (newest saved first among them)', () => {
    expect(titles({ key: 'applied', direction: 'desc' })).toEqual(['Auditor', 'Accountant', 'Controller', 'Payroll Specialist']);
    expect(titles({ key: 'applied', direction: 'asc' })).toEqual(['Accountant', 'Auditor', 'Controller', 'Payroll Specialist']);
  });

  it('by company, any case, no company last; equal names newest saved first', () => {
    expect(titles({ key: 'company', direction: 'asc' })).toEqual(['Auditor', 'Accountant', 'Payroll Specialist', 'Controller']);
    expect(titles({ key: 'company', direction: 'desc' })).toEqual(['Payroll Specialist', 'Auditor', 'Accountant', 'Controller']);
  });

  it('by match score, unscored last', () => {
    expect(titles({ key: 'score', direction: 'desc' })).toEqual(['Accountant', 'Payroll Specialist', 'Controller', 'Auditor']);
    expect(titles({ key: 'score', direction: 'asc' })).toEqual(['Controller', 'Payroll Specialist', 'Accountant', 'Auditor']);
  });

  it('by last activity: the latest status change or edit', () => {
    // Accountant: day 1; Payroll: day 3; Auditor: day 7; Controller: day 10.
    expect(titles({ key: 'activity', direction: 'desc' })).toEqual(['Controller', 'Auditor', 'Payroll Specialist', 'Accountant']);
    const [accountant] = rows;
    if (!accountant) throw new Error('no rows');
    const moved = changeStatus(accountant.application, 'offer', day(20));
    expect(lastActivity(moved)).toBe(day(20));
  });

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.job.title);
    sortRows(rows, { key: 'score', direction: 'desc' });
    expect(rows.map((r) => r.job.title)).toEqual(before);
  });
});
