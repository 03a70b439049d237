import { describe, expect, it } from 'vitest';
import { jobsOf } from '../testing/boards/read.ts';
import type { BoardRef } from './types.ts';
import { workableBoard } from './workable.ts';

const ref: BoardRef = { kind: 'workable', slug: 'huble' };

// The widget's answer with details=true.
const ANSWER = {
  name: 'Huble Digital',
  description: null,
  jobs: [
    {
      title: 'HubSpot Developer',
      shortcode: '927FD30DD5',
      code: '',
      employment_type: 'Full-time',
      telecommuting: true,
      department: 'Engineering',
      url: 'https://apply.workable.com/j/927FD30DD5',
      shortlink: 'https://apply.workable.com/j/927FD30DD5',
      application_url: 'https://apply.workable.com/j/927FD30DD5/apply',
      published_on: '2026-09-01',
      created_at: '2026-08-30',
      country: 'United Kingdom',
      city: 'London',
      state: 'England',
      locations: [
        { country: 'United Kingdom', countryCode: 'GB', city: 'London', region: 'England', hidden: false },
        { country: 'Portugal', countryCode: 'PT', city: 'Lisbon', region: 'Lisbon', hidden: true },
      ],
      description: '<p>Build HubSpot themes. Salary: £45,000 - £55,000 a year.</p>',
      requirements: '<ul><li>HubL and JavaScript</li></ul>',
      benefits: '<p>25 days off</p>',
    },
  ],
};

describe('workable board', () => {
  it('asks the widget for the descriptions', () => {
    expect(workableBoard.start(ref).url).toBe('https://apply.workable.com/api/v1/widget/accounts/huble?details=true');
  });

  it('reads a job: the account name, visible places, telecommuting, requirements, pay in the text', () => {
    const [job] = jobsOf(ref, ANSWER);
    expect(job).toMatchObject({
      source: 'workable',
      sourceId: '927FD30DD5',
      url: 'https://apply.workable.com/huble/j/927FD30DD5/',
      applyUrl: 'https://apply.workable.com/j/927FD30DD5/apply',
      company: 'Huble Digital',
      locations: ['London, England, United Kingdom'],
      workplace: 'remote',
      employmentType: 'Full-time',
      salary: { min: 45000, max: 55000, currency: 'GBP', period: 'year' },
      postedAt: '2026-09-01',
      requirements: { required: ['HubL and JavaScript'], preferred: [] },
    });
  });
});
