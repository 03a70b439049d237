import { describe, expect, it } from 'vitest';
import { parseSalary } from './parse-salary.ts';

describe('parseSalary', () => {
  it.each([
    ['$120K–$150K/yr', { min: 120_000, max: 150_000, currency: 'USD', period: 'year' }],
    ['£45,000 - £55,000 a year', { min: 45_000, max: 55_000, currency: 'GBP', period: 'year' }],
    ['45 € / Stunde', { min: 45, max: 45, currency: 'EUR', period: 'hour' }],
    ['$38 - $52.50 an hour', { min: 38, max: 52.5, currency: 'USD', period: 'hour' }],
    ['CA$95,000 – CA$110,000 per annum', { min: 95_000, max: 110_000, currency: 'CAD', period: 'year' }],
    ['60.000 – 75.000 € brutto pro Jahr', { min: 60_000, max: 75_000, currency: 'EUR', period: 'year' }],
    ['Up to $90,000', { min: null, max: 90_000, currency: 'USD', period: 'year' }],
    ['$120K - 150K', { min: 120_000, max: 150_000, currency: 'USD', period: 'year' }],
    ['From $4,500 a month', { min: 4500, max: null, currency: 'USD', period: 'month' }],
    ['Starting at $60,000 a year', { min: 60_000, max: null, currency: 'USD', period: 'year' }],
    ['ab 3.200 € im Monat', { min: 3200, max: null, currency: 'EUR', period: 'month' }],
    ['$25 an hour, work from home', { min: 25, max: 25, currency: 'USD', period: 'hour' }],
    ['Calgary, AB $60,000 a year', { min: 60_000, max: 60_000, currency: 'USD', period: 'year' }],
    ['$24 - $29 / hour', { min: 24, max: 29, currency: 'USD', period: 'hour' }],
    ['$68,000 - $82,000 a year, with two office days a week', { min: 68_000, max: 82_000, currency: 'USD', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
  });

  it.each(['Full-time', 'Join a team of 40 engineers', 'Founded in 2012', ''])('no salary in "%s"', (text) => {
    expect(parseSalary(text)).toBeNull();
  });
});
