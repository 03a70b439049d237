import { describe, expect, it } from 'vitest';
import { row } from '../tracker/testing.ts';
import { everythingJson } from './everything-json.ts';

describe('everythingJson', () => {
  it('holds every kind of record, without tombstones, with its format and version', () => {
    const kept = row({ title: 'Accountant', company: 'Acme', savedDay: 0 });
    const gone = row({ title: 'Auditor', company: 'Globex', savedDay: 1 });
    const deleted = { ...gone.application, deletedAt: 5 };
    const text = everythingJson(
      {
        profile: null,
        jobs: [kept.job, { ...gone.job, deletedAt: 5 }],
        applications: [kept.application, deleted],
        documents: [],
        answers: [],
        follows: [],
        events: [{ id: kept.application.id, type: 'job_saved', at: 1, jobId: kept.job.id, applicationId: null, props: {}, v: 1 }],
      },
      Date.UTC(2026, 0, 2),
    );
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'exportedAt',
      'profile',
      'jobs',
      'applications',
      'documents',
      'answers',
      'follows',
      'events',
    ]);
    expect(parsed).toMatchObject({ format: 'jobsmith-export', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', profile: null });
    expect(parsed.jobs.map((j: { title: string }) => j.title)).toEqual(['Accountant']);
    expect(parsed.applications.map((a: { id: string }) => a.id)).toEqual([kept.application.id]);
    expect(parsed.events).toHaveLength(1);
  });
});
