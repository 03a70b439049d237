import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import type { SyncChange } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../../shared/testing/sample-profiles.ts';
import { bearer, json, signUp, type TestApi, testApi, withSql } from './harness.ts';
import { edit, syncHeaders } from './saved-job.ts';

/** Per-account storage quotas: a clear 413 that applies nothing, and deleting makes room again. */

function pushRaw(api: TestApi, token: string, changes: SyncChange[]) {
  return api.request('/v1/sync/push', {
    method: 'POST',
    headers: { ...syncHeaders(token), 'content-type': 'application/json' },
    body: JSON.stringify({ changes }),
  });
}

function jobChange(title: string, description = 'Build things.'): SyncChange & { entity: 'job' } {
  const { job } = newSavedJob(sampleCapture({ title, company: 'Acme', descriptionHtml: '<p>Build things.</p>' }), Date.now());
  return { opId: newId(), entity: 'job', record: edit(undefined, { ...job, description }) };
}

async function expectQuota(res: Response, pattern: RegExp) {
  expect(res.status).toBe(413);
  const { error } = (await res.json()) as ErrorBody;
  expect(error.code).toBe('quota_exceeded');
  expect(error.message).toMatch(pattern);
  expect(error.message).toMatch(/nothing on this device is lost/);
}

const serverRecords = (userId: string) =>
  withSql(async (sql) => Number((await sql`select count(*) as n from records where user_id = ${userId}`)[0]?.n));

describe('storage quotas', () => {
  it('refuses a push past QUOTA_RECORDS whole (nothing of it applied, its op ids free for the retry); deleting makes room', async () => {
    const api = testApi({ QUOTA_RECORDS: '3' });
    const { token, user } = await signUp(api);
    const first = [jobChange('One'), jobChange('Two')];
    expect((await pushRaw(api, token, first)).status).toBe(200);
    const over = [jobChange('Three'), jobChange('Four')];
    await expectQuota(await pushRaw(api, token, over), /records would pass its limit of 3.*delete/);
    expect(await serverRecords(user.id)).toBe(2);

    // The user deletes a job (a tombstone no longer counts), and the same push, retried, goes through.
    const [gone] = first;
    if (!gone) throw new Error('no job');
    const deleted = { opId: newId(), entity: 'job' as const, record: edit(gone.record, { ...gone.record, deletedAt: Date.now() }) };
    expect((await pushRaw(api, token, [deleted])).status).toBe(200);
    const retried = await pushRaw(api, token, over);
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { applied: string[] }).applied).toHaveLength(2);
    const [usage] = await withSql((sql) => sql`select record_count from users where id = ${user.id}`);
    expect(usage?.record_count).toBe(3);
  });

  it('counts bytes too (QUOTA_RECORD_BYTES), and edits that shrink a record always go through', async () => {
    const api = testApi({ QUOTA_RECORD_BYTES: '20000' });
    const { token } = await signUp(api);
    const small = jobChange('Small');
    expect((await pushRaw(api, token, [small])).status).toBe(200);
    const big = jobChange('Big', 'Kubernetes and Go. '.repeat(1500));
    await expectQuota(await pushRaw(api, token, [big]), /data would pass its limit/);
    const shrunk = { opId: newId(), entity: 'job' as const, record: edit(small.record, { ...small.record, description: '' }) };
    expect((await pushRaw(api, token, [shrunk])).status).toBe(200);
  });

  it('refuses analytics events past QUOTA_EVENTS, storing none of the batch', async () => {
    const api = testApi({ QUOTA_EVENTS: '3' });
    const { token, user } = await signUp(api);
    const event = () => ({ id: newId(), type: 'job_saved', at: Date.now(), applicationId: null, jobId: null, props: {}, v: 1 });
    expect((await api.request('/v1/events', json({ events: [event(), event()] }, token))).status).toBe(200);
    await expectQuota(await api.request('/v1/events', json({ events: [event(), event()] }, token)), /analytics events/);
    const [row] = await withSql((sql) => sql`select count(*) as n from events where user_id = ${user.id}`);
    expect(Number(row?.n)).toBe(2);
  });
});

describe('generations per day', () => {
  it('past QUOTA_GENERATIONS_PER_DAY an account gets 429 quota_exceeded until midnight UTC; other accounts do not', async () => {
    const api = testApi({ QUOTA_GENERATIONS_PER_DAY: '2', LLM_RATE_LIMIT_PER_MINUTE: '1000' });
    const { token } = await signUp(api);
    const job = sampleCapture({ title: 'Backend Engineer', company: 'Acme', descriptionHtml: '<p>Go.</p>' });
    const generate = (t: string) => api.request('/v1/generate/resume', json({ profile: BACKEND_ENGINEER, job, provider: 'offline' }, t));
    expect((await generate(token)).status).toBe(200);
    expect((await generate(token)).status).toBe(200);
    const res = await generate(token);
    expect(res.status).toBe(429);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'quota_exceeded' });
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
    expect((await generate((await signUp(api)).token)).status).toBe(200);
  });
});

describe('sync op ids are pruned once every device has them', () => {
  it('keeps an op id while a device has not pulled since it was applied, and drops it (a day on) once all have', async () => {
    const clock = { now: Date.now() };
    const api = testApi({}, { now: () => clock.now });
    const laptop = await signUp(api);
    const phone = await api.request('/v1/auth/signin', json({ email: laptop.email, password: 'correct horse battery' }));
    const phoneToken = ((await phone.json()) as { accessToken: string }).accessToken;
    const pull = (token: string) => api.request('/v1/sync/pull?after=0', { headers: syncHeaders(token) });
    const change = jobChange('Synced');
    expect((await pushRaw(api, laptop.token, [change])).status).toBe(200);
    const ops = () => withSql(async (sql) => (await sql`select op_id from sync_ops where user_id = ${laptop.user.id}`).map((r) => r.op_id));
    expect(await ops()).toEqual([change.opId]);
    // The op was applied a day and more ago, after both devices signed in (the access tokens stay valid on the test's clock).
    await withSql(async (sql) => {
      await sql`update sessions set created_at = now() - interval '2 days' where user_id = ${laptop.user.id}`;
      await sql`update sync_ops set applied_at = now() - interval '25 hours' where user_id = ${laptop.user.id}`;
    });

    clock.now += 2 * 60_000;
    expect((await pull(laptop.token)).status).toBe(200);
    expect(await ops()).toEqual([change.opId]);
    expect((await pull(phoneToken)).status).toBe(200);
    expect(await ops()).toEqual([]);

    // A retry of the pruned op merges to the same record: nothing changes, nothing is doubled.
    const before = await (await pull(laptop.token)).json();
    expect((await pushRaw(api, laptop.token, [change])).status).toBe(200);
    clock.now += 2 * 60_000;
    expect(await (await pull(laptop.token)).json()).toEqual(before);
    expect((await api.request('/v1/auth/me', bearer(laptop.token))).status).toBe(200);
  });
});
