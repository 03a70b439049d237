import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse, SyncChange } from '../../shared/sync/protocol.ts';
import { SYNC_ENTITIES } from '../../shared/sync/protocol.ts';
import { signUp, testApi, withSql } from './harness.ts';
import { createDevice, type Device, differences, type Send, sampleRecords, serverSnapshot, syncInit } from './sync-device.ts';

const api = testApi();

/**
 * A database-level failure on demand: inserting or updating a record whose id is in
 * fault_records raises, as a lost connection or a full disk would in the middle of a batch.
 */
beforeAll(async () => {
  await withSql(async (sql) => {
    await sql`create table if not exists fault_records (id text primary key)`;
    await sql`
      create or replace function fault_records_fail() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from fault_records where id = new.id) then
          raise exception 'injected failure writing record %', new.id;
        end if;
        return new;
      end $$`;
    await sql`drop trigger if exists fault_records_fail on records`;
    await sql`create trigger fault_records_fail before insert or update on records for each row execute function fault_records_fail()`;
  });
});

afterAll(async () => {
  await withSql(async (sql) => {
    await sql`drop trigger if exists fault_records_fail on records`;
    await sql`drop function if exists fault_records_fail()`;
    await sql`drop table if exists fault_records`;
  });
});

/** What the database holds for the user: records, distinct record keys, distinct seqs, applied op ids. */
async function counts(userId: string) {
  return withSql(async (sql) => {
    const [row] = await sql`
      select
        (select count(*)::int from records where user_id = ${userId}) as records,
        (select count(distinct (entity, id))::int from records where user_id = ${userId}) as keys,
        (select count(distinct seq)::int from records where user_id = ${userId}) as seqs,
        (select count(*)::int from sync_ops where user_id = ${userId}) as ops`;
    return row as { records: number; keys: number; seqs: number; ops: number };
  });
}

const seqs = (userId: string) =>
  withSql(async (sql) =>
    (await sql`select entity, id, seq from records where user_id = ${userId} order by entity, id`).map((r) => ({ ...r })),
  );

/** Records in one set: one per entity. */
const SET = SYNC_ENTITIES.length;

/** A device with `sets` × SET new records (one per entity each) in its outbox. */
async function deviceWithRecords(send: Send, token: string, sets: number): Promise<Device> {
  const device = createDevice('faulty', send, token);
  for (let i = 0; i < sets; i++) {
    const records = sampleRecords(Date.now(), `Role ${i}`);
    for (const entity of SYNC_ENTITIES) device.write(entity, records[entity]);
  }
  return device;
}

describe('faults: nothing lost, nothing duplicated', () => {
  it('the database fails in the middle of a push: all of it rolls back, and the retry applies every change once', async () => {
    const { token, user } = await signUp(api);
    const device = await deviceWithRecords(api.request, token, 6);
    const batch = [...device.outbox()];
    const poisoned = batch[14]?.record.id as string;
    await withSql((sql) => sql`insert into fault_records (id) values (${poisoned})`);

    const failed = await api.request('/v1/sync/push', syncInit(token, { changes: batch }));
    expect(failed.status).toBe(500);
    expect(await counts(user.id)).toEqual({ records: 0, keys: 0, seqs: 0, ops: 0 });
    await expect(device.push()).rejects.toThrow(/push failed: 500/);
    expect(device.outbox()).toHaveLength(6 * SET);

    await withSql((sql) => sql`delete from fault_records where id = ${poisoned}`);
    const [retry] = await device.push();
    expect(retry).toEqual({ applied: batch.map((c) => c.opId), duplicates: [] });
    expect(await counts(user.id)).toEqual({ records: 6 * SET, keys: 6 * SET, seqs: 6 * SET, ops: 6 * SET });
    await device.pull();
    expect(differences(device.snapshot(), await serverSnapshot(api.request, token))).toEqual([]);
  });

  it('the response is lost after the server committed: the retry reports duplicates and applies nothing twice', async () => {
    const { token, user } = await signUp(api);
    let dropNext = true;
    const lossy: Send = async (path, init) => {
      const res = await api.request(path, init);
      if (dropNext && path === '/v1/sync/push') {
        dropNext = false;
        throw new TypeError('fetch failed: connection reset');
      }
      return res;
    };
    const device = await deviceWithRecords(lossy, token, 4);
    const batch = [...device.outbox()];
    await expect(device.push()).rejects.toThrow(/connection reset/);
    expect(device.outbox()).toHaveLength(4 * SET);
    const committed = await seqs(user.id);
    expect(committed).toHaveLength(4 * SET);

    // Meanwhile the user edits one more record; the retry carries the old batch and the new edit.
    const job = batch.find((c) => c.entity === 'job')?.record.id as string;
    const edited = device.edit('job', job, { title: 'Edited after the lost response' });
    const responses = await device.push();
    const applied = responses.flatMap((r) => r.applied);
    const duplicates = responses.flatMap((r) => r.duplicates);
    expect(duplicates.sort()).toEqual(batch.map((c) => c.opId).sort());
    expect(applied).toHaveLength(1);
    const after = await seqs(user.id);
    // Only the edited record moved to a new seq; the others are untouched by the retry.
    expect(after.filter((r, i) => r.seq !== committed[i]?.seq).map((r) => r.id)).toEqual([edited.id]);
    expect(await counts(user.id)).toEqual({ records: 4 * SET, keys: 4 * SET, seqs: 4 * SET, ops: 4 * SET + 1 });
    await device.pull();
    expect(differences(device.snapshot(), await serverSnapshot(api.request, token))).toEqual([]);
  });

  it('the same batch sent several times at once is applied exactly once', async () => {
    const { token, user } = await signUp(api);
    const device = await deviceWithRecords(api.request, token, 4);
    const changes: SyncChange[] = [...device.outbox()];
    const results = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const res = await api.request('/v1/sync/push', syncInit(token, { changes }));
        expect(res.status).toBe(200);
        return (await res.json()) as PushResponse;
      }),
    );
    const applied = results.flatMap((r) => r.applied);
    const duplicates = results.flatMap((r) => r.duplicates);
    expect(applied.sort()).toEqual(changes.map((c) => c.opId).sort());
    expect(duplicates).toHaveLength(changes.length * 3);
    expect(await counts(user.id)).toEqual({ records: 4 * SET, keys: 4 * SET, seqs: 4 * SET, ops: 4 * SET });
    const server = await serverSnapshot(api.request, token);
    expect(server.size).toBe(4 * SET);
    await device.pull();
    expect(differences(device.snapshot(), server)).toEqual([]);
    for (const change of changes) {
      const [stored] = await withSql(
        (sql) => sql`select data from records where user_id = ${user.id} and entity = ${change.entity} and id = ${change.record.id}`,
      );
      // Applied once: no history entries from the same write meeting itself.
      expect(stored?.data.history).toEqual([]);
    }
  });
});
