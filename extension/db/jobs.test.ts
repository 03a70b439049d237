import { describe, expect, it } from 'vitest';
import { capture, freshDb } from '../test/helpers.ts';
import { saveJob } from './jobs.ts';

describe('saveJob', () => {
  it('stores the job, a "saved" application and two outbox changes together', async () => {
    const db = freshDb();
    const result = await saveJob(db, capture(), 1000);
    expect(result.status).toBe('saved');
    expect(await db.jobs.count()).toBe(1);
    const [application] = await db.applications.toArray();
    expect(application).toMatchObject({ status: 'saved', jobId: result.job.id });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.change.entity, e.change.record.id])).toEqual([
      ['job', result.job.id],
      ['application', application?.id],
    ]);
    expect(outbox.every((e) => e.change.opId === e.opId)).toBe(true);
  });

  it('recognises the same job seen again (also on another site) and writes nothing', async () => {
    const db = freshDb();
    const first = await saveJob(db, capture('Sr. Payroll Specialist', 'Globex Inc.'), 1000);
    const again = await saveJob(db, { ...capture('Senior Payroll Specialist (Remote)', 'Globex'), source: 'linkedin' }, 2000);
    expect(again).toEqual({ status: 'already-saved', job: first.job });
    expect(await db.outbox.count()).toBe(2);
  });

  it('writes nothing when part of the save fails', async () => {
    const db = freshDb();
    const broken = { ...capture(), dedupeKey: 'x' };
    // The second of the three writes fails, as a full disk or a closing database would.
    db.applications.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveJob(db, broken, 1000)).rejects.toThrow('disk full');
    expect(await db.jobs.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
