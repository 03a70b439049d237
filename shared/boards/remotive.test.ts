import { describe, expect, it } from 'vitest';
import { jobsOf } from '../testing/boards/read.ts';
import { remotiveFeed } from './remotive.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'remotive', slug: 'all' };

// Remotive's documented answer.
const ANSWER = {
  '0-legal-notice': 'Remotive API Legal Notice',
  'job-count': 1,
  jobs: [
    {
      id: 123,
      url: 'https://remotive.com/remote-jobs/product/lead-developer-123',
      title: 'Lead Developer',
      company_name: 'Remotive',
      company_logo: 'https://remotive.com/job/123/logo',
      category: 'Software Development',
      job_type: 'full_time',
      publication_date: '2020-02-15T10:23:26',
      candidate_required_location: 'Worldwide',
      salary: '$40,000 - $50,000',
      description: '<p>Lead our team.</p><p><strong>Requirements:</strong></p><ul><li>Python</li></ul>',
    },
  ],
};

describe('remotive feed', () => {
  it('reads the whole feed or one category', () => {
    expect(remotiveFeed.start(ref).url).toBe('https://remotive.com/api/remote-jobs');
    expect(remotiveFeed.start({ kind: 'remotive', slug: 'software-dev' }).url).toBe(
      'https://remotive.com/api/remote-jobs?category=software-dev',
    );
    expect(remotiveFeed.minIntervalMinutes).toBeGreaterThanOrEqual(360);
  });

  it('reads a listing as a remote job with Remotive named as its source and its page as its address', () => {
    const [job] = jobsOf(ref, ANSWER);
    expect(job).toMatchObject({
      source: 'remotive',
      sourceId: '123',
      url: 'https://remotive.com/remote-jobs/product/lead-developer-123',
      company: 'Remotive',
      locations: ['Worldwide'],
      workplace: 'remote',
      employmentType: 'Full-time',
      salary: { min: 40000, max: 50000, currency: 'USD', period: 'year' },
      postedAt: '2020-02-15T10:23:26.000Z',
      requirements: { required: ['Python'], preferred: [] },
    });
  });
});
