import { describe, expect, it } from 'vitest';
import { changeStatus, newSavedJob } from '../applications.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { DEFAULT_REMINDERS, dueReminders } from './plan.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 9);

function applied(at: number) {
  const { job, application } = newSavedJob(sampleCapture({ title: 'Staff Accountant', company: 'Harbor' }), at - DAY);
  return { job, application: changeStatus(application, 'applied', at) };
}

describe('due reminders', () => {
  it('a follow-up a week after applying with no answer, "ghosted?" after three, none once they answered', () => {
    const row = applied(T0);
    expect(dueReminders([row], DEFAULT_REMINDERS, T0 + 6 * DAY)).toEqual([]);
    expect(dueReminders([row], DEFAULT_REMINDERS, T0 + 7 * DAY).map((r) => [r.kind, r.message])).toEqual([
      ['follow-up', 'No answer on Staff Accountant at Harbor for 7 days. A short note to the recruiter helps.'],
    ]);
    expect(dueReminders([row], DEFAULT_REMINDERS, T0 + 21 * DAY).map((r) => r.kind)).toEqual(['follow-up', 'ghosted']);
    const answered = { ...row, application: changeStatus(row.application, 'interviewing', T0 + 3 * DAY) };
    expect(dueReminders([answered], DEFAULT_REMINDERS, T0 + 30 * DAY)).toEqual([]);
  });

  it('the day before an interview, not after it, and settings turn reminders off', () => {
    const row = applied(T0);
    const interview = {
      id: 'i1',
      at: T0 + 10 * DAY,
      round: 'Hiring manager',
      type: 'video' as const,
      interviewer: 'Dana',
      outcome: 'pending' as const,
      prepNotes: '',
    };
    const withInterview = { ...row, application: { ...changeStatus(row.application, 'interviewing', T0 + DAY), interviews: [interview] } };
    expect(dueReminders([withInterview], DEFAULT_REMINDERS, T0 + 9 * DAY - 1)).toEqual([]);
    expect(dueReminders([withInterview], DEFAULT_REMINDERS, T0 + 9 * DAY)[0]).toMatchObject({
      kind: 'interview',
      message: 'Hiring manager for Staff Accountant at Harbor with Dana.',
    });
    expect(dueReminders([withInterview], DEFAULT_REMINDERS, T0 + 10 * DAY)).toEqual([]);
    expect(dueReminders([withInterview], { ...DEFAULT_REMINDERS, interviews: false }, T0 + 9 * DAY)).toEqual([]);
    expect(dueReminders([row], { ...DEFAULT_REMINDERS, followUpDays: 0, ghostedDays: 0 }, T0 + 60 * DAY)).toEqual([]);
  });

  it('ignores impossible dates (applied in the future) and deleted applications', () => {
    const future = applied(T0 + 5 * DAY);
    expect(dueReminders([future], DEFAULT_REMINDERS, T0)).toEqual([]);
    const row = applied(T0);
    expect(dueReminders([{ ...row, application: { ...row.application, deletedAt: T0 } }], DEFAULT_REMINDERS, T0 + 30 * DAY)).toEqual([]);
  });
});
