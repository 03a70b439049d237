import { describe, expect, it } from 'vitest';
import { jobsOf } from '../testing/boards/read.ts';
import { ashbyBoard } from './ashby.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'ashby', slug: 'ramp', company: 'Ramp' };

// A real answer's shape with includeCompensation=true: tiers and summary components, equity beside salary.
const JOB = {
  id: '34413f8d-26bf-4bbc-8ade-eb309a0e2245',
  title: 'Software Engineer | Backend',
  department: 'Engineering',
  team: 'Backend',
  employmentType: 'FullTime',
  location: 'New York, NY (HQ)',
  secondaryLocations: [
    { location: 'Remote (Canada)', address: { postalAddress: { addressCountry: 'Canada' } } },
    { location: 'Remote (US)', address: { postalAddress: { addressCountry: 'United States' } } },
  ],
  address: { postalAddress: { addressRegion: 'NY', addressCountry: 'USA', addressLocality: 'New York City' } },
  isRemote: true,
  isListed: true,
  workplaceType: 'Hybrid',
  publishedAt: '2026-04-07T17:12:35.753+00:00',
  jobUrl: 'https://jobs.ashbyhq.com/ramp/34413f8d-26bf-4bbc-8ade-eb309a0e2245',
  applyUrl: 'https://jobs.ashbyhq.com/ramp/34413f8d-26bf-4bbc-8ade-eb309a0e2245/application',
  descriptionHtml:
    '<h1><strong>About Ramp</strong></h1><p style="min-height:1.5em">Ramp builds finance software.</p><h2>What you need</h2><ul><li>4+ years of backend work</li></ul>',
  descriptionPlain: 'ABOUT RAMP\n\nRamp builds finance software.',
  shouldDisplayCompensationOnJobPostings: true,
  compensation: {
    compensationTierSummary: '$211.4K – $290.6K • Offers Equity',
    scrapeableCompensationSalarySummary: '$211.4K - $290.6K',
    compensationTiers: [
      {
        tierSummary: '$211.4K – $290.6K • Offers Equity',
        components: [
          { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: 211400, maxValue: 290600 },
          { compensationType: 'EquityPercentage', interval: 'NONE', currencyCode: null, minValue: null, maxValue: null },
        ],
      },
    ],
    summaryComponents: [
      { compensationType: 'EquityPercentage', interval: 'NONE', currencyCode: null, minValue: 0.5, maxValue: 1.75 },
      { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: 211400, maxValue: 290600 },
    ],
  },
};

describe('ashby board', () => {
  it('asks for compensation', () => {
    expect(ashbyBoard.start({ kind: 'ashby', slug: 'Superhuman Platform Inc' }).url).toBe(
      'https://api.ashbyhq.com/posting-api/job-board/Superhuman%20Platform%20Inc?includeCompensation=true',
    );
  });

  it('reads a real-shaped job: the salary component (not the equity), every location, hybrid, the date', () => {
    const [job] = jobsOf(ref, { apiVersion: '1', jobs: [JOB] });
    expect(job).toMatchObject({
      source: 'ashby',
      sourceId: JOB.id,
      url: JOB.jobUrl,
      applyUrl: JOB.applyUrl,
      company: 'Ramp',
      locations: ['New York, NY (HQ)', 'Remote (Canada)', 'Remote (US)'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      salary: { min: 211400, max: 290600, currency: 'USD', period: 'year' },
      postedAt: '2026-04-07T17:12:35.753Z',
      requirements: { required: ['4+ years of backend work'], preferred: [] },
    });
  });

  it('leaves out pay the employer hides and jobs it does not list', () => {
    const hidden = { ...JOB, shouldDisplayCompensationOnJobPostings: false };
    expect(jobsOf(ref, { jobs: [hidden] })[0]?.salary).toBeNull();
    expect(jobsOf(ref, { jobs: [{ ...JOB, isListed: false }] })).toEqual([]);
  });

  it('falls back to the tiers when there is no summary, and to isRemote without a workplaceType', () => {
    const tiersOnly = { ...JOB, workplaceType: undefined, compensation: { ...JOB.compensation, summaryComponents: [] } };
    expect(jobsOf(ref, { jobs: [tiersOnly] })[0]).toMatchObject({ salary: { min: 211400, max: 290600 }, workplace: 'remote' });
  });
});
