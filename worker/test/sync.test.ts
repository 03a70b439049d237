import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { changeStatus, newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import type { SyncChange } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { bearer, json, signUp, testApi, withSql } from './harness.ts';

const api = testApi();

function savedJob(title: string, now = Date.now()) {
  return newSavedJob(sampleCapture({ title, company: 'Acme', workplaceHints: ['Hybrid'], descriptionHtml: '<p>Build things.</p>' }), now);
}

function changesFor(...records: Array<ReturnType<typeof savedJob>>): SyncChange[] {
  return records.flatMap(({ job, application }) => [
    { opId: newId(), entity: 'job' as const, record: job },
    { opId: newId(), entity: 'application' as const, record: application },
  ]);
}

async function pull(token: string, after = 0) {
  const res = await api.request(`/v1/sync/pull?after=${after}`, bearer(token));
  expect(res.status).toBe(200);
  return (await res.json()) as { changes: SyncChange[]; cursor: number; more: boolean };
}

describe('sync push and pull', () => {
  it('stores pushed records, and a retried push changes nothing', async () => {
    const { token, user } = await signUp(api);
    const changes = changesFor(savedJob('Staff Engineer'));
    const first = await api.request('/v1/sync/push', json({ changes }, token));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ applied: changes.map((c) => c.opId), duplicates: [] });

    const retry = await api.request('/v1/sync/push', json({ changes }, token));
    expect(await retry.json()).toEqual({ applied: [], duplicates: changes.map((c) => c.opId) });

    const rows = await withSql((sql) => sql`select title from jobs where user_id = ${user.id}`);
    expect(rows.map((r) => r.title)).toEqual(['Staff Engineer']);
    const pulled = await pull(token);
    expect(pulled.changes.map((c) => c.entity).sort()).toEqual(['application', 'job']);
  });

  it('keeps the newer version when an older one arrives late', async () => {
    const { token } = await signUp(api);
    const saved = savedJob('Data Analyst', 1_000);
    const applied = changeStatus(saved.application, 'applied', 2_000);
    await api.request('/v1/sync/push', json({ changes: [{ opId: newId(), entity: 'application', record: applied }] }, token));
    await api.request('/v1/sync/push', json({ changes: [{ opId: newId(), entity: 'application', record: saved.application }] }, token));
    const { changes } = await pull(token);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.record).toMatchObject({ status: 'applied' });
  });

  it("never shows or overwrites another user's records", async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    const saved = savedJob('Nurse Practitioner');
    await api.request('/v1/sync/push', json({ changes: changesFor(saved) }, alice.token));

    expect((await pull(bob.token)).changes).toEqual([]);
    // Bob pushes a record with Alice's id: it becomes Bob's own row, Alice's is untouched.
    const hijack = { ...saved.job, title: 'Hijacked', updatedAt: saved.job.updatedAt + 10 };
    const res = await api.request('/v1/sync/push', json({ changes: [{ opId: newId(), entity: 'job', record: hijack }] }, bob.token));
    expect(res.status).toBe(200);
    const aliceJobs = (await pull(alice.token)).changes.filter((c) => c.entity === 'job');
    expect(aliceJobs.map((c) => c.record)).toEqual([expect.objectContaining({ title: 'Nurse Practitioner' })]);
  });

  it('pages through changes with the cursor', async () => {
    const { token } = await signUp(api);
    const changes = changesFor(savedJob('A'), savedJob('B'), savedJob('C'));
    await api.request('/v1/sync/push', json({ changes }, token));
    const first = (await (await api.request('/v1/sync/pull?after=0&limit=4', bearer(token))).json()) as {
      changes: unknown[];
      cursor: number;
      more: boolean;
    };
    expect(first.changes).toHaveLength(4);
    expect(first.more).toBe(true);
    const rest = await pull(token, first.cursor);
    expect(rest.changes).toHaveLength(2);
    expect(rest.more).toBe(false);
  });

  it('rejects a batch with an invalid record and stores none of it', async () => {
    const { token, user } = await signUp(api);
    const [good, bad] = changesFor(savedJob('Valid'));
    const res = await api.request(
      '/v1/sync/push',
      json({ changes: [good, { ...bad, record: { ...bad?.record, status: 'hired' } }] }, token),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/status/);
    const rows = await withSql((sql) => sql`select 1 from jobs where user_id = ${user.id}`);
    expect(rows).toHaveLength(0);
  });
});
