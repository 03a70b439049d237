import { describe, expect, it } from 'vitest';
import { seniorityOfTitle } from './seniority.ts';

const label = (title: string) => seniorityOfTitle(title)?.label ?? null;

describe('seniorityOfTitle', () => {
  it('reads "Staff" as a rank above senior on engineering and science ladders', () => {
    expect(label('Staff Software Engineer')).toBe('staff');
    expect(label('Staff Engineer, Payments')).toBe('staff');
    expect(label('Staff Data Scientist')).toBe('staff');
    expect(label('Principal Product Designer')).toBe('staff');
  });

  it('does not make a Staff Nurse, Accountant or Attorney senior', () => {
    expect(label('Staff Nurse')).toBeNull();
    expect(label('Staff RN, Critical Care')).toBeNull();
    expect(label('Staff Accountant')).toBeNull();
    expect(label('Staff Attorney - Housing')).toBeNull();
  });

  it('reads the other ranks', () => {
    expect(label('Senior Backend Engineer')).toBe('senior');
    expect(label('Engineering Manager')).toBe('lead');
    expect(label('VP of Engineering')).toBe('executive');
    expect(label('Junior Accountant')).toBe('junior');
    expect(label('Software Engineer')).toBeNull();
  });
});
