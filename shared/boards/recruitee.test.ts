import { describe, expect, it } from 'vitest';
import { jobsOf, readBody } from '../testing/boards/read.ts';
import { recruiteeBoard } from './recruitee.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'recruitee', slug: 'acme' };

// A real answer's shape: salary amounts as strings, spaced UTC dates, work mode as three booleans.
const OFFER = {
  id: 2772077,
  slug: 'backend-engineer',
  status: 'published',
  title: 'Backend Engineer (m/f/d) - Kotlin / Java',
  company_name: 'Acme',
  department: 'Technology',
  description: '<p>Build <strong>payment</strong> services.</p>',
  requirements: '<ul><li>Kotlin</li><li>Java</li></ul>',
  location: 'Berlin, Berlin, Germany',
  city: 'Berlin',
  country: 'Germany',
  country_code: 'DE',
  locations: [{ id: 1, city: 'Berlin', state: 'Berlin', country: 'Germany', country_code: 'DE' }],
  remote: false,
  hybrid: true,
  on_site: true,
  employment_type_code: 'fulltime_permanent',
  salary: { min: '60000', max: '70000', period: 'year', currency: 'EUR' },
  published_at: '2026-10-06 14:25:18 UTC',
  updated_at: '2026-10-08 09:00:00 UTC',
  careers_url: 'https://acme.recruitee.com/o/backend-engineer',
  careers_apply_url: 'https://acme.recruitee.com/o/backend-engineer/c/new',
};

describe('recruitee board', () => {
  it('reads the whole board in one request', () => {
    expect(recruiteeBoard.start(ref).url).toBe('https://acme.recruitee.com/api/offers/');
  });

  it('reads a real-shaped offer: string salary, hybrid, the offer slug as its id, requirements', () => {
    const [posting] = readBody(ref, { offers: [OFFER] }).postings;
    expect(posting?.updatedAt).toBe('2026-10-08T09:00:00.000Z');
    expect(posting?.job).toMatchObject({
      source: 'recruitee',
      sourceId: 'backend-engineer',
      url: OFFER.careers_url,
      applyUrl: OFFER.careers_apply_url,
      company: 'Acme',
      locations: ['Berlin, Berlin, Germany'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' },
      postedAt: '2026-10-06T14:25:18.000Z',
      requirements: { required: ['Kotlin', 'Java'], preferred: [] },
    });
  });

  it('reads a remote offer with no salary and skips unpublished ones', () => {
    const remote = {
      ...OFFER,
      locations: [],
      location: 'Remote job',
      remote: true,
      hybrid: false,
      on_site: false,
      salary: { min: null, max: null, period: null, currency: null },
    };
    expect(jobsOf(ref, { offers: [remote] })[0]).toMatchObject({ locations: ['Remote job'], workplace: 'remote', salary: null });
    expect(jobsOf(ref, { offers: [{ ...OFFER, status: 'closed' }] })).toEqual([]);
  });
});
