import { describe, expect, it } from 'vitest';
import { changeStatus, newSavedJob } from './applications.ts';
import { Application, Job } from './schemas/index.ts';
import { sampleCapture } from './testing/sample-job.ts';

const capture = sampleCapture({ source: 'lever', url: 'https://jobs.lever.co/acme/1', title: 'Accountant', company: 'Acme' });

describe('applications', () => {
  it('saving a job creates a valid job and a "saved" application linked to it', () => {
    const { job, application } = newSavedJob(capture, 1_700_000_000_000);
    expect(Job.parse(job)).toEqual(job);
    expect(Application.parse(application)).toEqual(application);
    expect(application).toMatchObject({ jobId: job.id, status: 'saved', statusHistory: [{ status: 'saved', at: 1_700_000_000_000 }] });
    expect(job.id).not.toBe(application.id);
  });

  it('a status change is appended to the history and stamps the first application date', () => {
    const { application } = newSavedJob(capture, 1000);
    const applied = changeStatus(application, 'applied', 2000);
    const interviewing = changeStatus(applied, 'interviewing', 3000);
    expect(interviewing.statusHistory.map((h) => h.status)).toEqual(['saved', 'applied', 'interviewing']);
    expect(interviewing.appliedAt).toBe(2000);
    expect(interviewing.updatedAt).toBe(3000);
    expect(changeStatus(interviewing, 'interviewing', 4000)).toBe(interviewing);
  });

  it('rejects a status outside the lifecycle', () => {
    const { application } = newSavedJob(capture, 1000);
    expect(Application.safeParse({ ...application, status: 'hired' }).success).toBe(false);
  });
});
