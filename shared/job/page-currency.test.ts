import { describe, expect, it } from 'vitest';
import { dollarCurrencyOf } from './page-currency.ts';
import { parseSalary } from './parse-salary.ts';

describe('what a bare "$" means on a page', () => {
  it.each([
    ['https://au.indeed.com/viewjob?jk=1', 'AUD'],
    ['https://ca.indeed.com/viewjob?jk=1', 'CAD'],
    ['https://www.seek.com.au/job/1', 'AUD'],
    ['https://www.seek.co.nz/job/1', 'NZD'],
    ['https://www.indeed.com/viewjob?jk=1', 'USD'],
    ['https://de.indeed.com/viewjob?jk=1', 'USD'],
    ['https://jobs.example.ca/1', 'CAD'],
    ['not a url', 'USD'],
  ])('%s → %s', (url, currency) => {
    expect(dollarCurrencyOf(url)).toBe(currency);
  });

  it('a marked currency wins over the page country', () => {
    expect(parseSalary('$90,000 – $110,000 per year', 'AUD')?.currency).toBe('AUD');
    expect(parseSalary('US$90,000 a year', 'AUD')?.currency).toBe('USD');
    expect(parseSalary('£40,000 a year', 'AUD')?.currency).toBe('GBP');
  });
});
