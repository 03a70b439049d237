import { describe, expect, it } from 'vitest';
import { DAY } from './dates.ts';
import { milestones } from './outcomes.ts';
import { D0, day, testApplication } from './test-records.ts';

const NOW = Date.UTC(2026, 10, 23);

describe('milestones of one application', () => {
  it('reads applied, answered, interview and offer from the history, with days to the first answer', () => {
    const m = milestones(
      testApplication('a', 'j', [
        ['applied', 1],
        ['interviewing', 4],
        ['offer', 9],
      ]),
      NOW,
    );
    expect(m).toEqual({
      applied: true,
      appliedAt: day(1),
      responded: true,
      daysToResponse: 3,
      interview: true,
      offer: true,
      outcome: 'positive',
      issues: [],
    });
  });

  it('counts ghosted as no answer and a negative outcome', () => {
    expect(
      milestones(
        testApplication('a', 'j', [
          ['applied', 1],
          ['ghosted', 30],
        ]),
        NOW,
      ),
    ).toMatchObject({
      responded: false,
      outcome: 'negative',
    });
  });

  it('does not count a job withdrawn before applying as applied, nor as an outcome', () => {
    expect(milestones(testApplication('a', 'j', [['withdrawn', 1]]), NOW)).toMatchObject({ applied: false, outcome: null });
  });

  it('counts a scheduled interview as reaching the interview stage', () => {
    const app = testApplication('a', 'j', [['applied', 1]], {
      interviews: [{ id: 'i', at: day(5), round: '', type: 'video', interviewer: '', outcome: 'pending', prepNotes: '' }],
    });
    expect(milestones(app, NOW)).toMatchObject({ interview: true, responded: false, outcome: 'positive' });
  });

  it('sets impossible dates aside but keeps what they say happened', () => {
    const zeroed = testApplication(
      'a',
      'j',
      [
        ['applied', 1],
        ['rejected', 3],
      ],
      { appliedAt: 0 },
    );
    expect(milestones(zeroed, NOW)).toMatchObject({
      applied: true,
      appliedAt: null,
      responded: true,
      daysToResponse: null,
      issues: ['impossible-date'],
    });
    const future = testApplication('a', 'j', [['applied', 1]]);
    future.statusHistory.push({ status: 'interviewing', at: NOW + DAY });
    future.status = 'interviewing';
    expect(milestones(future, NOW)).toMatchObject({
      appliedAt: day(1),
      interview: true,
      daysToResponse: null,
      issues: ['impossible-date'],
    });
  });

  it('flags an answer dated before the application', () => {
    const app = testApplication('a', 'j', [['rejected', 2]], { appliedAt: day(5) });
    expect(milestones(app, NOW)).toMatchObject({ responded: true, daysToResponse: null, issues: ['response-before-application'] });
  });

  it('takes the application date from the history when appliedAt is missing', () => {
    const app = testApplication(
      'a',
      'j',
      [
        ['applied', 2],
        ['interviewing', 12],
      ],
      { appliedAt: null },
    );
    expect(milestones(app, NOW)).toMatchObject({ appliedAt: D0 + 2 * DAY, daysToResponse: 10 });
  });
});
