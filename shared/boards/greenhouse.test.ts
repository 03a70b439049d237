import { describe, expect, it } from 'vitest';
import { jobsOf, readBody } from '../testing/boards/read.ts';
import { greenhouseBoard } from './greenhouse.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'greenhouse', slug: 'stripe' };

// The shape of a real answer with content=true&pay_transparency=true: content escaped once more,
// one pay range per zone, custom metadata, EU dates with offsets.
const ANSWER = {
  jobs: [
    {
      absolute_url: 'https://stripe.com/jobs/search?gh_jid=4001',
      internal_job_id: 3001,
      location: { name: 'Remote - Americas' },
      metadata: [{ id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' }],
      id: 4001,
      updated_at: '2026-09-18T12:30:00-04:00',
      requisition_id: 'ENG-101',
      title: 'Backend Engineer, Payments',
      company_name: 'Stripe',
      first_published: '2026-09-01T10:00:00-04:00',
      language: 'en',
      pay_input_ranges: [
        { min_cents: 15000000, max_cents: 20000000, currency_type: 'USD', title: 'US Zone 1', blurb: '' },
        { min_cents: 13500000, max_cents: 18000000, currency_type: 'USD', title: 'US Zone 2', blurb: '' },
      ],
      content:
        '&lt;div&gt;Ship&amp;nbsp;payments.&lt;/div&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;5+ years of Go&lt;/li&gt;&lt;/ul&gt;',
      departments: [{ id: 7, name: 'Engineering', child_ids: [], parent_id: null }],
      offices: [{ id: 2, name: 'Remote', location: null, child_ids: [], parent_id: null }],
    },
    {
      absolute_url: 'https://job-boards.greenhouse.io/stripe/jobs/4002',
      location: { name: 'Dublin' },
      metadata: null,
      id: 4002,
      updated_at: '2026-09-18T12:30:00-04:00',
      title: 'Support Specialist',
      company_name: 'Stripe',
      pay_input_ranges: [{ min_cents: 2500, max_cents: 3100, currency_type: 'EUR', title: 'Hourly rate', blurb: '' }],
      content: '',
    },
    { id: 4003, title: '', absolute_url: 'https://job-boards.greenhouse.io/stripe/jobs/4003' },
  ],
  meta: { total: 3 },
};

describe('greenhouse board', () => {
  it('asks for descriptions and pay ranges in one request; an empty board is no job', () => {
    expect(greenhouseBoard.start(ref).url).toBe(
      'https://boards-api.greenhouse.io/v1/boards/stripe/jobs?content=true&pay_transparency=true',
    );
    expect(readBody(ref, { jobs: [], meta: { total: 0 } })).toEqual({ postings: [], next: [] });
  });

  it('reads a real-shaped answer: pay across zones, remote, dates, the escaped description', () => {
    const [first, second, ...rest] = readBody(ref, ANSWER).postings;
    expect(rest).toEqual([]); // no title: not a job
    expect(first?.updatedAt).toBe('2026-09-18T16:30:00.000Z');
    expect(first?.job).toMatchObject({
      source: 'greenhouse',
      sourceId: '4001',
      url: 'https://stripe.com/jobs/search?gh_jid=4001',
      title: 'Backend Engineer, Payments',
      company: 'Stripe',
      locations: ['Remote - Americas'],
      workplace: 'remote',
      employmentType: 'Full-time',
      salary: { min: 135000, max: 200000, currency: 'USD', period: 'year' },
      postedAt: '2026-09-01T14:00:00.000Z',
      requirements: { required: ['5+ years of Go'], preferred: [] },
      dedupeKey: 'stripe|backend engineer payments',
    });
    expect(first?.job.description).toContain('Ship payments.');
    expect(second?.job.salary).toEqual({ min: 25, max: 31, currency: 'EUR', period: 'hour' });
    expect(second?.job.postedAt).toBeNull();
  });

  it('uses the company the follower knows, then the API’s, then the token in words', () => {
    expect(jobsOf({ ...ref, company: 'Stripe, Inc.' }, ANSWER)[0]?.company).toBe('Stripe, Inc.');
    const unnamed = { jobs: [{ ...ANSWER.jobs[1], company_name: undefined }] };
    expect(jobsOf({ kind: 'greenhouse', slug: 'acme-robotics' }, unnamed)[0]?.company).toBe('Acme Robotics');
  });
});
