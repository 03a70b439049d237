import { describe, expect, it } from 'vitest';
import { occupationsOfTitle, sharedOccupation } from './occupations.ts';
import { taxonomy } from './taxonomy.ts';

const titles = (title: string) => occupationsOfTitle(title).map((o) => taxonomy().occupations[o]?.title);
const same = (a: string, b: string) => sharedOccupation(occupationsOfTitle(a), occupationsOfTitle(b));

describe('occupations of a job title (O*NET alternate titles)', () => {
  it('reads the occupation a title names, whatever its level', () => {
    expect(titles('Data Scientist')).toEqual(['Data Scientists']);
    expect(titles('Senior Attorney')).toContain('Lawyers');
    expect(titles('HR Generalist')).toContain('Human Resources Specialists');
    expect(titles('Line Cook')).toContain('Cooks, Restaurant');
  });

  it('puts first the occupation most of whose titles it is, and reads "manager" as work, not only as rank', () => {
    expect(titles('Registered Nurse')[0]).toBe('Registered Nurses');
    expect(titles('Electrician')[0]).toBe('Electricians');
    expect(titles('Customer Service Representative')[0]).toBe('Customer Service Representatives');
    expect(titles('Senior Sales Manager')[0]).toBe('Sales Managers');
    expect(titles('Marketing Manager')[0]).toBe('Marketing Managers');
  });

  it('finds one occupation in titles that share no word, and none between different work', () => {
    expect(same('Staff RN - ICU', 'Registered Nurse')).toMatch(/Nurses/);
    expect(same('Java Developer', 'Line Cook')).toBeNull();
    expect(same('Registered Nurse', 'Software Engineer')).toBeNull();
  });

  it('reads nothing from a title of no known words', () => {
    expect(occupationsOfTitle('Zxqv 123')).toEqual([]);
  });
});
