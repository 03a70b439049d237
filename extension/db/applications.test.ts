import { describe, expect, it } from 'vitest';
import { capture, freshDb } from '../test/helpers.ts';
import { deleteApplications, listApplications, restoreApplications, setStatus, updateApplication } from './applications.ts';
import { saveJob } from './jobs.ts';

async function twoSaved() {
  const db = freshDb();
  const a = await saveJob(db, capture('Payroll Specialist', 'Globex'), 1000);
  const b = await saveJob(db, capture('Auditor', 'Initech'), 1001);
  if (a.status !== 'saved' || b.status !== 'saved') throw new Error('not saved');
  await db.outbox.clear();
  await db.events.clear();
  return { db, a: a.application, b: b.application };
}

describe('setStatus', () => {
  it('moves each application, keeps the history, queues the changes and records status_changed events', async () => {
    const { db, a, b } = await twoSaved();
    const moved = await setStatus(db, [a.id, b.id], 'applied', 2000);
    expect(moved.map((m) => [m.status, m.appliedAt, m.statusHistory.map((h) => h.status)])).toEqual([
      ['applied', 2000, ['saved', 'applied']],
      ['applied', 2000, ['saved', 'applied']],
    ]);
    expect((await db.outbox.toArray()).map((e) => [e.change.entity, e.change.record.id])).toEqual([
      ['application', a.id],
      ['application', b.id],
    ]);
    const events = await db.events.toArray();
    expect(events.map((e) => [e.type, e.applicationId, e.jobId, e.props])).toEqual([
      ['status_changed', a.id, a.jobId, { from: 'saved', to: 'applied' }],
      ['status_changed', b.id, b.jobId, { from: 'saved', to: 'applied' }],
    ]);
  });

  it('writes nothing for an application already in that status', async () => {
    const { db, a } = await twoSaved();
    await setStatus(db, [a.id], 'saved', 2000);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('updateApplication', () => {
  it('saves notes, contacts, interviews and the next action, queued for sync', async () => {
    const { db, a } = await twoSaved();
    await updateApplication(
      db,
      a.id,
      {
        notes: 'Referred by Ana',
        contacts: [{ name: 'Ana Ruiz', role: 'Recruiter', email: 'ana@globex.com', linkedin: '' }],
        interviews: [{ id: 'i1', at: 5000, round: 'Screen', type: 'phone', interviewer: 'Ana', outcome: 'pending', prepNotes: '' }],
        nextAction: { text: 'Send references', due: 6000 },
      },
      3000,
    );
    const stored = await db.applications.get(a.id);
    expect(stored).toMatchObject({ notes: 'Referred by Ana', nextAction: { text: 'Send references', due: 6000 }, updatedAt: 3000 });
    expect(stored?.contacts[0]?.name).toBe('Ana Ruiz');
    expect(stored?.interviews[0]?.round).toBe('Screen');
    expect(stored?.clocks.notes).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('deleteApplications', () => {
  it('tombstones the applications and their jobs, and restoring brings them back', async () => {
    const { db, a, b } = await twoSaved();
    await deleteApplications(db, [a.id], 2000);
    expect((await listApplications(db)).map((r) => r.application.id)).toEqual([b.id]);
    expect((await db.applications.get(a.id))?.deletedAt).toBe(2000);
    expect((await db.jobs.get(a.jobId))?.deletedAt).toBe(2000);
    expect((await db.outbox.toArray()).map((e) => e.change.entity)).toEqual(['application', 'job']);
    // The job can be saved again from its page once it is deleted.
    expect((await saveJob(db, capture('Payroll Specialist', 'Globex'), 2500)).status).toBe('saved');

    await restoreApplications(db, [a.id], 3000);
    expect((await db.applications.get(a.id))?.deletedAt).toBeNull();
    expect((await db.jobs.get(a.jobId))?.deletedAt).toBeNull();
  });
});
