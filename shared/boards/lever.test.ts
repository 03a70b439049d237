import { describe, expect, it } from 'vitest';
import { jobsOf, readBody } from '../testing/boards/read.ts';
import { leverBoard } from './lever.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'lever', slug: 'harbor', company: 'Harbor Robotics' };

// A real answer's shape: a bare array; createdAt in ms; the description, its lists and the closing part apart.
const POSTING = {
  additionalPlain: 'We are an equal opportunity employer.',
  additional: '<div>We are an equal opportunity employer.</div>',
  categories: {
    commitment: 'Regular Full Time (Salary)',
    department: 'Field Operations',
    location: 'Arlington, TX',
    team: 'Service',
    allLocations: ['Arlington, TX', 'Dallas, TX'],
  },
  createdAt: 1553186035299,
  descriptionPlain: 'Keep our robots running.',
  description: '<div>Keep our robots running.</div>',
  id: '7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c',
  lists: [
    { text: 'Qualifications', content: '<li>2+ years servicing industrial equipment</li><li>A valid driver’s license</li>' },
    { text: 'Nice to have', content: '<li>PLC troubleshooting</li>' },
  ],
  text: 'Field Service Technician',
  country: 'US',
  workplaceType: 'hybrid',
  hostedUrl: 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c',
  applyUrl: 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply',
  salaryRange: { currency: 'USD', interval: 'per-hour-wage', min: 28, max: 36 },
};

describe('lever board', () => {
  it('reads a real-shaped posting: lists under their headings, hourly pay, hybrid, createdAt', () => {
    const [job] = jobsOf(ref, [POSTING]);
    expect(job).toMatchObject({
      source: 'lever',
      sourceId: POSTING.id,
      url: POSTING.hostedUrl,
      applyUrl: POSTING.applyUrl,
      company: 'Harbor Robotics',
      locations: ['Arlington, TX', 'Dallas, TX'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      salary: { min: 28, max: 36, currency: 'USD', period: 'hour' },
      postedAt: '2019-03-21T16:33:55.299Z',
      requirements: {
        required: ['2+ years servicing industrial equipment', 'A valid driver’s license'],
        preferred: ['PLC troubleshooting'],
      },
    });
    expect(job?.description).toContain('We are an equal opportunity employer.');
  });

  it('reads a salary stated only in words, and no pay when there is none', () => {
    const worded = { ...POSTING, salaryRange: undefined, salaryDescriptionPlain: 'The pay for this role is $70,000 - $85,000 a year.' };
    expect(jobsOf(ref, [worded])[0]?.salary).toEqual({ min: 70000, max: 85000, currency: 'USD', period: 'year' });
    expect(jobsOf(ref, [{ ...POSTING, salaryRange: undefined, workplaceType: 'unspecified' }])[0]).toMatchObject({
      salary: null,
      workplace: null,
    });
  });

  it('walks skip/limit pages until a page is short', () => {
    const first = leverBoard.start(ref);
    expect(first.url).toBe('https://api.lever.co/v0/postings/harbor?mode=json&skip=0&limit=100');
    const full = Array.from({ length: 100 }, (_, i) => ({ ...POSTING, id: `id-${i}` }));
    const next = readBody(ref, full).next;
    expect(next.map((r) => r.url)).toEqual(['https://api.lever.co/v0/postings/harbor?mode=json&skip=100&limit=100']);
    expect(readBody(ref, full.slice(0, 3), { request: next[0] }).next).toEqual([]);
  });

  it('reads EU boards from the EU API', () => {
    expect(leverBoard.start({ ...ref, host: 'api.eu.lever.co' }).url).toMatch(/^https:\/\/api\.eu\.lever\.co\/v0\/postings\/harbor\?/);
  });
});
