import { describe, expect, it } from 'vitest';
import { changeStatus, newSavedJob } from '../applications.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { planFolds } from './fold-duplicates.ts';

describe('the same job saved on two devices before they synced', () => {
  const capture = sampleCapture({ title: 'Staff Accountant', company: 'Harbor' });
  it('keeps the first saved, folds the other application into it, in any order of arrival', () => {
    const onA = newSavedJob(capture, 1000);
    const onB = newSavedJob(capture, 2000);
    const appliedOnB = { ...changeStatus(onB.application, 'applied', 3000), notes: 'Referred by Dana' };
    const jobs = [onB.job, onA.job];
    const folds = planFolds(jobs, [appliedOnB, onA.application]);
    expect(folds).toHaveLength(1);
    expect(folds[0]?.survivor.job.id).toBe(onA.job.id);
    expect(folds[0]?.duplicate.job.id).toBe(onB.job.id);
    expect(folds[0]?.survivor.merged).toMatchObject({
      status: 'applied',
      appliedAt: 3000,
      notes: 'Referred by Dana',
      id: onA.application.id,
    });
    expect(folds[0]?.survivor.merged.statusHistory.map((h) => h.status)).toEqual(['saved', 'saved', 'applied']);
    // The same records in another order give the same fold.
    expect(planFolds([onA.job, onB.job], [onA.application, appliedOnB])).toEqual(folds);
    // Different jobs are left alone.
    expect(planFolds([onA.job, newSavedJob(sampleCapture({ title: 'Controller', company: 'Harbor' }), 5).job], [onA.application])).toEqual(
      [],
    );
  });
});
