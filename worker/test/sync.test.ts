import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import { newId } from '../../shared/ids.ts';
import { MAX_CLOCK_SKEW_MS, SYNC_ENTITIES, SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION, type SyncChange } from '../../shared/sync/protocol.ts';
import { MAX_PULL_BYTES } from '../src/sync/store.ts';
import { signUp, testApi, withSql } from './harness.ts';
import { createDevice, differences, sampleRecords, serverSnapshot, syncInit } from './sync-device.ts';

const api = testApi();

async function pull(token: string, after = 0, limit = 500) {
  const res = await api.request(`/v1/sync/pull?after=${after}&limit=${limit}`, syncInit(token));
  expect(res.status).toBe(200);
  return (await res.json()) as {
    changes: Array<{ entity: string; record: { id: string } & Record<string, unknown> }>;
    cursor: number;
    more: boolean;
  };
}

async function push(token: string, changes: unknown[], headers: Record<string, string> = {}) {
  const init = syncInit(token, { changes });
  return api.request('/v1/sync/push', { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

async function errorOf(res: Response) {
  return ((await res.json()) as ErrorBody).error;
}

const rowCount = (userId: string) =>
  withSql(async (sql) => ((await sql`select count(*)::int as n from records where user_id = ${userId}`)[0] as { n: number }).n);

/** A stamped change of each entity, as a device would push it. */
function stampedChanges(token: string, now = Date.now()) {
  const device = createDevice('dev', api.request, token, () => now);
  const records = sampleRecords(now);
  for (const entity of SYNC_ENTITIES) device.write(entity, records[entity]);
  return { device, changes: [...device.outbox()] };
}

describe('sync push and pull', () => {
  it('stores a record of every entity, and a retried push changes nothing', async () => {
    const { token } = await signUp(api);
    const { device, changes } = stampedChanges(token);
    const first = await push(token, changes);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ applied: changes.map((c) => c.opId), duplicates: [] });
    const before = await pull(token);
    const retry = await push(token, changes);
    expect(await retry.json()).toEqual({ applied: [], duplicates: changes.map((c) => c.opId) });
    expect((await pull(token)).cursor).toBe(before.cursor);
    expect(before.changes.map((c) => c.entity).sort()).toEqual([...SYNC_ENTITIES].sort());
    await device.pull();
    expect(differences(device.snapshot(), await serverSnapshot(api.request, token))).toEqual([]);
  });

  it('merges a late, older write per field: the newer value stays and the older one goes to history', async () => {
    const { token } = await signUp(api);
    const now = Date.now();
    const a = createDevice('devA', api.request, token, () => now);
    const b = createDevice('devB', api.request, token, () => now + 1000);
    const { application } = sampleRecords(now);
    a.write('application', application);
    await a.sync();
    await b.pull();
    b.edit('application', application.id, { status: 'applied' });
    await b.sync();
    a.edit('application', application.id, { status: 'rejected', notes: 'older write, pushed later' });
    await a.sync();
    const { changes } = await pull(token);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.record).toMatchObject({ status: 'applied', notes: 'older write, pushed later' });
    expect(changes[0]?.record.history).toContainEqual(expect.objectContaining({ field: 'status', value: 'rejected' }));
  });

  it("never shows or overwrites another user's records: the same id is another row", async () => {
    const alice = await signUp(api);
    const bob = await signUp(api);
    const { changes } = stampedChanges(alice.token);
    await push(alice.token, changes);
    expect((await pull(bob.token)).changes).toEqual([]);

    const job = changes.find((c) => c.entity === 'job') as Extract<SyncChange, { entity: 'job' }>;
    const later = Date.now() + 5000;
    const hijack = {
      ...job.record,
      title: 'Hijacked',
      clocks: { ...job.record.clocks, title: `${String(later).padStart(15, '0')}-00000-bob` },
    };
    const res = await push(bob.token, [{ opId: job.opId, entity: 'job', record: hijack }]);
    // Bob's op id is his own too: the same op id Alice used is not a duplicate for him.
    expect(await res.json()).toEqual({ applied: [job.opId], duplicates: [] });
    const aliceJobs = (await pull(alice.token)).changes.filter((c) => c.entity === 'job');
    expect(aliceJobs.map((c) => c.record.title)).toEqual([job.record.title]);
    expect((await pull(bob.token)).changes.map((c) => c.record.title)).toEqual(['Hijacked']);
  });

  it('pages through changes in seq order with the cursor', async () => {
    const { token } = await signUp(api);
    await push(token, stampedChanges(token).changes);
    const first = await pull(token, 0, 3);
    expect(first.changes).toHaveLength(3);
    expect(first.more).toBe(true);
    const rest = await pull(token, first.cursor, SYNC_ENTITIES.length - 3);
    expect(rest.changes).toHaveLength(SYNC_ENTITIES.length - 3);
    expect(rest.more).toBe(false);
    expect((await pull(token, rest.cursor)).changes).toEqual([]);
    const tooMany = await api.request('/v1/sync/pull?limit=501', syncInit(token));
    expect(tooMany.status).toBe(400);
  });
});

describe('sync pages by size', () => {
  it('a pull stops near MAX_PULL_BYTES whatever the limit, and the next pull goes on from there', async () => {
    const { token } = await signUp(api);
    const device = createDevice('big', api.request, token);
    for (let i = 0; i < 50; i++) {
      const { job } = sampleRecords(Date.now(), `Big ${i}`);
      device.write('job', { ...job, description: `${i} ${'x'.repeat(95_000)}` });
    }
    const outbox = [...device.outbox()];
    for (let i = 0; i < outbox.length; i += 8) expect((await push(token, outbox.slice(i, i + 8))).status).toBe(200);
    const first = await pull(token, 0, 500);
    expect(first.more).toBe(true);
    expect(JSON.stringify(first.changes).length).toBeLessThanOrEqual(MAX_PULL_BYTES);
    expect(first.changes.length).toBeGreaterThan(30);
    const rest = await pull(token, first.cursor, 500);
    expect(rest.more).toBe(false);
    expect(new Set([...first.changes, ...rest.changes].map((c) => c.record.id)).size).toBe(50);
  });
});

describe('sync bad input: the right 4xx, and nothing of the push applied', () => {
  it('a client on an old schema version (or none) gets 426 upgrade_required on both routes; a newer or garbled one 400', async () => {
    const { token } = await signUp(api);
    const { changes } = stampedChanges(token);
    for (const version of [String(SYNC_SCHEMA_VERSION - 1), '1', '0', '']) {
      const pushed = await push(token, changes, { [SYNC_SCHEMA_HEADER]: version });
      expect(pushed.status).toBe(426);
      const error = await errorOf(pushed);
      expect(error.code).toBe('upgrade_required');
      expect(error.message).toMatch(/update the extension/);
      const pulled = await api.request('/v1/sync/pull', { headers: { authorization: `Bearer ${token}`, [SYNC_SCHEMA_HEADER]: version } });
      expect(pulled.status).toBe(426);
    }
    expect((await api.request('/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })).status).toBe(426);
    expect((await push(token, changes, { [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION + 1) })).status).toBe(400);
    expect((await push(token, changes, { [SYNC_SCHEMA_HEADER]: 'v2' })).status).toBe(400);
    expect((await pull(token)).changes).toEqual([]);
  });

  it('a 10 MB push gets 413', async () => {
    const { token } = await signUp(api);
    const huge = JSON.stringify({ changes: [{ opId: newId(), entity: 'job', record: { pad: 'x'.repeat(10 * 1024 * 1024) } }] });
    const init = syncInit(token, {});
    const res = await api.request('/v1/sync/push', { ...init, body: huge });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('a change clocked too far ahead of the server gets 400 clock_skew saying how far, and nothing of its batch is applied', async () => {
    const { token, user } = await signUp(api);
    const { changes: good } = stampedChanges(token);
    const ahead = Date.now() + MAX_CLOCK_SKEW_MS + 60 * 60 * 1000;
    const { changes: skewed } = stampedChanges(token, ahead);
    const res = await push(token, [...good, skewed[2]]);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('clock_skew');
    expect(error.message).toMatch(
      new RegExp(`changes\\.${good.length}\\.record\\.clocks\\.\\w+ is 42\\d\\d s ahead of the server's clock`),
    );
    expect(await rowCount(user.id)).toBe(0);
    // Within the allowed skew is fine.
    const { changes: slightlyAhead } = stampedChanges(token, Date.now() + MAX_CLOCK_SKEW_MS / 2);
    expect((await push(token, slightlyAhead)).status).toBe(200);
  });

  it('malformed records get 400 and store nothing', async () => {
    const { token, user } = await signUp(api);
    const { changes } = stampedChanges(token);
    const [profile, job, application, document] = changes as [SyncChange, SyncChange, SyncChange, SyncChange];
    const nested = (depth: number): unknown => (depth === 0 ? 'bottom' : [nested(depth - 1)]);
    const variants: Array<[string, unknown]> = [
      ['clock that is not an HLC', { ...job, record: { ...job.record, clocks: { title: 'zzzz-forever' } } }],
      ['clock for a field the entity lacks', { ...job, record: { ...job.record, clocks: { salaryBand: job.record.clocks.title } } }],
      ['clock for a sync field', { ...job, record: { ...job.record, clocks: { updatedAt: job.record.clocks.title } } }],
      ['invalid status', { ...application, record: { ...application.record, status: 'hired' } }],
      ['missing required field', { ...profile, record: { ...profile.record, id: undefined } }],
      ['op id that is not a ULID', { ...job, opId: 'op-1' }],
      ['unknown entity', { ...job, entity: 'event' }],
      ['NUL in text (jsonb refuses it)', { ...job, record: { ...job.record, title: 'a\u0000b' } }],
      ['unpaired surrogate', { ...job, record: { ...job.record, company: '\ud800x' } }],
      ['nesting deeper than any record', { ...document, record: { ...document.record, content: { deep: nested(40) } } }],
    ];
    for (const [label, bad] of variants) {
      const res = await push(token, [profile, bad]);
      expect(res.status, label).toBe(400);
      expect((await errorOf(res)).code, label).toBe('bad_request');
    }
    expect((await push(token, [])).status).toBe(400);
    expect(await rowCount(user.id)).toBe(0);
  });

  it('a record of one entity sent under another entity name gets 400', async () => {
    const { token, user } = await signUp(api);
    const { changes } = stampedChanges(token);
    const byEntity = Object.fromEntries(changes.map((c) => [c.entity, c]));
    const swaps: Array<[string, string]> = [
      ['job', 'application'],
      ['application', 'job'],
      ['profile', 'answer'],
      ['answer', 'document'],
      ['document', 'profile'],
    ];
    for (const [from, to] of swaps) {
      const res = await push(token, [{ ...byEntity[from], entity: to }]);
      expect(res.status, `${from} as ${to}`).toBe(400);
    }
    expect(await rowCount(user.id)).toBe(0);
  });
});
