import { describe, expect, it } from 'vitest';
import { dedupeKey } from '../job/dedupe-key.ts';
import { jobsOf } from '../testing/boards/read.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { companyOf, periodOf, salaryOf, toPosting } from './posting.ts';

describe('companyOf', () => {
  it('prefers the name the user knows, then the API’s without its legal form, then the slug in words', () => {
    expect(companyOf({ kind: 'lever', slug: 'acme', company: 'Acme Robotics' }, 'Acme Robotics, Inc.')).toBe('Acme Robotics');
    expect(companyOf({ kind: 'greenhouse', slug: 'acme' }, 'Acme Robotics, Inc.')).toBe('Acme Robotics');
    expect(companyOf({ kind: 'ashby', slug: 'acme-robotics' }, null)).toBe('Acme Robotics');
    expect(companyOf({ kind: 'ashby', slug: 'Superhuman%20Platform' }, '')).toBe('Superhuman Platform');
  });
});

describe('salaryOf and periodOf', () => {
  it('reads the pay words of every API', () => {
    expect(['1 YEAR', 'per-year-salary', 'year', 'YEARLY', 'annual'].map(periodOf)).toEqual(['year', 'year', 'year', 'year', 'year']);
    expect(['1 HOUR', 'per-hour-wage', 'Hourly Pay'].map(periodOf)).toEqual(['hour', 'hour', 'hour']);
    expect(['1 MONTH', 'per-month-salary', 'per-week-salary', 'daily', 'NONE', null].map(periodOf)).toEqual([
      'month',
      'month',
      'week',
      'day',
      null,
      null,
    ]);
  });
  it('keeps what the API states and no more', () => {
    expect(salaryOf(100000, 120000, 'usd', null)).toEqual({ min: 100000, max: 120000, currency: 'USD', period: 'year' });
    expect(salaryOf(null, 25, 'EURO', null)).toEqual({ min: null, max: 25, currency: null, period: null });
    expect(salaryOf(null, null, 'USD', 'year')).toBeNull();
  });
});

describe('a job from a board and the same job from another site', () => {
  it('share the dedupe key, so the board job meets the one saved from LinkedIn', () => {
    const linkedin = sampleCapture({
      source: 'linkedin',
      url: 'https://www.linkedin.com/jobs/view/4087654321/',
      company: 'Stripe',
      title: 'Backend Engineer, Payments (Remote)',
    });
    const [board] = jobsOf(
      { kind: 'greenhouse', slug: 'stripe' },
      {
        jobs: [
          {
            id: 4001,
            title: 'Backend Engineer, Payments',
            company_name: 'Stripe, Inc.',
            absolute_url: 'https://stripe.com/jobs/search?gh_jid=4001',
            content: '',
          },
        ],
      },
    );
    expect(board?.dedupeKey).toBe(linkedin.dedupeKey);
    expect(board?.dedupeKey).toBe(dedupeKey('Stripe', 'Backend Engineer, Payments'));
  });

  it('is no posting without a title or a web address', () => {
    expect(toPosting({ source: 'lever', url: 'https://jobs.lever.co/a/1', title: '  ' })).toBeNull();
    expect(toPosting({ source: 'lever', url: 'javascript:alert(1)', title: 'Engineer' })).toBeNull();
  });
});
