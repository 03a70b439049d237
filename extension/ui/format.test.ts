import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../shared/job/parse-salary.ts';
import { formatSalary } from './format.ts';

/** Pay as the panel shows it: what the posting said, floors and ceilings included, cents where it has them. */
describe('formatSalary', () => {
  it.each([
    ['From $22.38 an hour', 'From $22.38 / hour'],
    ['Up to $90,000', 'Up to $90,000 / year'],
    ['$120K–$150K/yr', '$120,000–$150,000 / year'],
    ['$38 - $52.50 an hour', '$38.00–$52.50 / hour'],
    ['45 € / Stunde', '€45 / hour'],
  ])('%s reads "%s"', (posted, shown) => {
    expect(formatSalary(parseSalary(posted))).toBe(shown);
  });
});
