// Sync under load (issue 7 targets): the initial sync of 5,000 records to a new device, and 50
// concurrent devices making incremental round trips, then a check that every device converged.
// Called by run.ts against `wrangler dev`; the worker needs its per-user API rate limit (and the
// per-IP sign-up limit, for the six accounts) raised, or the clients are refused with 429.
import { SYNC_ENTITIES, type SyncEntity } from '../shared/sync/protocol.ts';
import { createDevice, type Device, differences, type Send, sampleRecords, serverSnapshot } from '../worker/test/sync-device.ts';
import { measure, round, type Summary, summarize, summarizeTotal } from './stats.ts';

type RecordRow = (name: string, summary: Summary, unit?: string) => void;

const INITIAL_RECORDS = 5000;
const LOAD_USERS = 5;
const DEVICES_PER_USER = 10;
const RECORDS_PER_LOAD_USER = 20;
const LOAD_SECONDS = 10;

/** A job description of a realistic length (~1.5 kB), so pages weigh what real ones do. */
const DESCRIPTION = Array.from(
  { length: 12 },
  (_, i) => `Requirement ${i + 1}: experience with distributed systems, TypeScript and Postgres; clear writing.`,
).join('\n');

/** Fields a load client edits, one per entity: text the user types. */
const EDITABLE: { [E in SyncEntity]: string } = {
  profile: 'summary',
  job: 'title',
  application: 'notes',
  document: 'title',
  answer: 'answer',
  follow: 'company',
};

/** Writes `count` records, a set of every entity at a time (the last set cut short, so the count is exact whatever the entities). */
function writeRecords(device: Device, count: number): Array<{ entity: SyncEntity; id: string }> {
  const written: Array<{ entity: SyncEntity; id: string }> = [];
  for (let i = 0; written.length < count; i++) {
    const records = sampleRecords(Date.now(), `Role ${i}`);
    records.job.description = DESCRIPTION;
    for (const entity of SYNC_ENTITIES.slice(0, count - written.length)) {
      device.write(entity, records[entity]);
      written.push({ entity, id: records[entity].id });
    }
  }
  return written;
}

export async function syncLoadBench(record: RecordRow, api: string, signUp: () => Promise<string>) {
  const send: Send = (path, init) => fetch(`${api}${path}`, init);

  // (a) One account's 5,000 records, pushed in batches, then pulled by a device that has none.
  const token = await signUp();
  const writer = createDevice('bench-writer', send, token);
  const initial = writeRecords(writer, INITIAL_RECORDS);
  let started = performance.now();
  await writer.push();
  const pushMs = performance.now() - started;
  record('sync: push 5,000 records (batches of 200), total', summarizeTotal(INITIAL_RECORDS, pushMs));
  const fresh = createDevice('bench-new-device', send, token);
  started = performance.now();
  const pulled = await fresh.pull(500);
  const initialMs = performance.now() - started;
  if (pulled !== INITIAL_RECORDS) throw new Error(`initial sync pulled ${pulled} records, not ${INITIAL_RECORDS}`);
  record('sync: initial sync of 5,000 records to a new device (pulls of 500, merged), total', summarizeTotal(INITIAL_RECORDS, initialMs));

  // The same round trip from one device alone: what a sync costs without any queueing.
  const solo = createDevice('bench-solo', send, token);
  await solo.pull();
  const soloTarget = initial.find((r) => r.entity === 'answer') as { entity: SyncEntity; id: string };
  record(
    'sync: incremental round trip (push 1 + pull), 1 device',
    await measure(50, 1, async (i) => {
      solo.edit(soloTarget.entity, soloTarget.id, { answer: `solo edit ${i}` });
      await solo.push();
      await solo.pull();
    }),
  );

  // (b) 50 devices (10 on each of 5 accounts, so edits conflict) each looping: edit one record,
  // push it, pull what changed since its cursor. Latency is that round trip.
  const accounts = await Promise.all(
    Array.from({ length: LOAD_USERS }, async (_, u) => {
      const accountToken = await signUp();
      const devices = Array.from({ length: DEVICES_PER_USER }, (_, d) => createDevice(`u${u}d${d}`, send, accountToken));
      const [first] = devices as [Device];
      const shared = writeRecords(first, RECORDS_PER_LOAD_USER);
      await first.push();
      for (const device of devices) await device.pull();
      return { token: accountToken, devices, shared };
    }),
  );
  const latencies: number[] = [];
  let sent = 0;
  let acknowledged = 0;
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  started = performance.now();
  await Promise.all(
    accounts.flatMap(({ devices, shared }) =>
      devices.map(async (device, d) => {
        for (let i = 0; performance.now() < deadline; i++) {
          const target = shared[(i * 7 + d * 3) % shared.length] as { entity: SyncEntity; id: string };
          device.edit(target.entity, target.id, { [EDITABLE[target.entity]]: `${device.node} edit ${i}` });
          sent++;
          const t0 = performance.now();
          const responses = await device.push();
          await device.pull();
          latencies.push(performance.now() - t0);
          acknowledged += responses.reduce((n, r) => n + r.applied.length + r.duplicates.length, 0);
        }
      }),
    ),
  );
  const roundTrip = summarize(latencies, performance.now() - started);
  record(`sync: incremental round trip (push 1 + pull), ${LOAD_USERS * DEVICES_PER_USER} concurrent devices`, roundTrip);

  // Every device catches up; then each must hold exactly what the server holds for its account.
  for (const { devices } of accounts) for (const device of devices) await device.sync();
  await writer.pull();
  let mismatches = 0;
  let serverRecords = 0;
  for (const { token: accountToken, devices } of accounts) {
    const server = await serverSnapshot(send, accountToken);
    serverRecords += server.size;
    for (const device of devices) mismatches += differences(device.snapshot(), server).length;
  }
  // The first account's devices too: the new device catches up on the solo device's edits.
  await fresh.pull();
  await solo.pull();
  const firstServer = await serverSnapshot(send, token);
  const initialMismatches = [writer, fresh, solo].reduce((n, device) => n + differences(device.snapshot(), firstServer).length, 0);
  const expectedRecords = LOAD_USERS * RECORDS_PER_LOAD_USER;
  const result = {
    pushMs: round(pushMs),
    initialSyncMs: round(initialMs),
    roundTrip,
    devices: LOAD_USERS * DEVICES_PER_USER,
    changesSent: sent,
    changesAcknowledged: acknowledged,
    serverRecords,
    expectedRecords,
    mismatches: mismatches + initialMismatches,
  };
  record(
    'sync: records differing between a device and the server after load (expected 0)',
    {
      n: result.devices + 3,
      p50: result.mismatches,
      p95: result.mismatches,
      max: result.mismatches,
      perSecond: 0,
    },
    'records',
  );
  console.error(
    `  sync load: ${sent} changes sent, ${acknowledged} acknowledged, ${serverRecords}/${expectedRecords} records on the server, ${result.mismatches} records differing between a device and the server`,
  );
  return result;
}
