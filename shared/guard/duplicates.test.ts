import { describe, expect, it } from 'vitest';
import { changeStatus, newSavedJob } from '../applications.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { duplicateWarnings } from './duplicates.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20);

describe('duplicate guard', () => {
  const accountant = sampleCapture({ title: 'Staff Accountant', company: 'Harbor Robotics, Inc.' });
  const sent = (capture = accountant, at = NOW - 10 * DAY) => {
    const { job, application } = newSavedJob(capture, at - DAY);
    return { job, application: changeStatus(application, 'applied', at) };
  };

  it('warns about the same job (by dedupe key) and the same company within the window', () => {
    expect(duplicateWarnings(accountant, [sent()], 90, NOW)).toEqual([
      expect.objectContaining({ kind: 'same-job', message: 'You already applied to this job on 2026-11-10 (applied).' }),
    ]);
    const other = sampleCapture({ title: 'Payroll Lead', company: 'Harbor Robotics' });
    expect(duplicateWarnings(other, [sent()], 90, NOW).map((w) => w.kind)).toEqual(['same-company']);
    expect(duplicateWarnings(other, [sent(accountant, NOW - 120 * DAY)], 90, NOW)).toEqual([]);
  });

  it('says nothing for jobs only saved, or another company', () => {
    const { job, application } = newSavedJob(accountant, NOW - DAY);
    expect(duplicateWarnings(accountant, [{ job, application }], 90, NOW)).toEqual([]);
    expect(duplicateWarnings(sampleCapture({ title: 'Staff Accountant', company: 'Globex' }), [sent()], 90, NOW)).toEqual([]);
  });
});
