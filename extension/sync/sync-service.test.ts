import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/messages.ts';
import { testApi } from '../../worker/test/harness.ts';
import { saveJob } from '../db/jobs.ts';
import type { Session } from '../settings.ts';
import { capture, freshDb } from '../test/helpers.ts';
import { createSyncService } from './sync-service.ts';

const API_URL = 'http://api.jobsmith.test';

/** The real worker app behind `fetch`, with switches to simulate the network failing. */
function network(vars: Record<string, string> = {}) {
  const api = testApi(vars);
  const state = { offline: false, dropResponses: 0, calls: 0 };
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    state.calls += 1;
    if (state.offline) throw new TypeError('Failed to fetch');
    const url = new URL(String(input));
    const res = await api.request(url.pathname + url.search, init);
    if (state.dropResponses > 0) {
      // The server committed, then the connection dropped before the answer arrived.
      state.dropResponses -= 1;
      throw new TypeError('network connection was lost');
    }
    return res;
  }) as typeof fetch;
  return { state, fetchFn, api };
}

function device(fetchFn: typeof fetch, now: () => number = Date.now) {
  const db = freshDb();
  let session: Session | null = null;
  let cursor = { userId: '', cursor: 0 };
  const broadcasts: SyncStatus[] = [];
  const timers: Array<() => void> = [];
  const service = createSyncService({
    db,
    getApiUrl: async () => API_URL,
    setApiUrl: async () => {},
    getSession: async () => session,
    setSession: async (s) => {
      session = s;
    },
    getCursor: async (userId) => (cursor.userId === userId ? cursor.cursor : 0),
    setCursor: async (userId, value) => {
      cursor = { userId, cursor: value };
    },
    deviceName: () => 'Test device',
    broadcast: (s) => broadcasts.push(s),
    fetch: fetchFn,
    now,
    random: () => 0.5,
    setTimer: (run) => timers.push(run),
  });
  return { db, service, broadcasts, timers, currentSession: () => session };
}

const email = () => `dev-${crypto.randomUUID()}@example.com`;

/** Two devices on one server, the first signed up to a new account (the second not signed in yet). */
async function twoDevices() {
  const net = network();
  const address = email();
  const a = device(net.fetchFn);
  const b = device(net.fetchFn);
  await a.service.signIn('sign-up', address, 'correct horse battery');
  return { address, a, b };
}

describe('sync service', () => {
  it('signing up where the server confirms addresses by email: says where the link went, signs nothing in', async () => {
    const sent: string[] = [];
    const net = network({
      MAIL_FROM: 'accounts@jobsmith.test',
      EMAIL: { send: async (m: { to: string }) => void sent.push(m.to) } as never,
    });
    const { service, currentSession } = device(net.fetchFn);
    const address = email();
    const status = await service.signIn('sign-up', address, 'correct horse battery');
    expect(status).toMatchObject({ state: 'signed-out', error: `We sent a link to ${address}: open it, then sign in here.` });
    expect(sent).toEqual([address]);
    expect(currentSession()).toBeNull();
    await expect(service.signIn('sign-in', address, 'correct horse battery')).rejects.toThrow(/confirm your email address first/);
  });

  it('a full account on the server: says so, keeps every change on the device, still receives the other devices’ changes', async () => {
    const net = network({ QUOTA_RECORDS: '3' });
    const address = email();
    const a = device(net.fetchFn);
    await a.service.signIn('sign-up', address, 'correct horse battery');
    await saveJob(a.db, capture('First job', 'Acme'), 1000);
    expect(await a.service.syncNow()).toMatchObject({ state: 'synced', pending: 0 });

    const b = device(net.fetchFn);
    await b.service.signIn('sign-in', address, 'correct horse battery');
    await saveJob(b.db, capture('Second job', 'Initech'), 2000);
    const full = await b.service.syncNow();
    expect(full.state).toBe('error');
    expect(full.error).toMatch(/Your account is full on the server: .*limit of 3.*nothing on this device is lost/);
    expect(full.pending).toBe(2);
    expect(await b.db.outbox.count()).toBe(2);
    expect((await b.db.jobs.toArray()).map((j) => j.title).sort()).toEqual(['First job', 'Second job']);
    expect(b.timers).toHaveLength(0);
  });

  it('keeps everything local until the user signs in, then pushes it', async () => {
    const net = network();
    const { db, service } = device(net.fetchFn);
    await saveJob(db, capture(), 1000);
    expect(await service.syncNow()).toMatchObject({ state: 'signed-out', pending: 2 });
    expect(net.state.calls).toBe(0);

    const status = await service.signIn('sign-up', email(), 'correct horse battery');
    expect(status).toMatchObject({ state: 'synced', pending: 0 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('offline: reports it, keeps the changes, retries with backoff and then syncs', async () => {
    const net = network();
    const { db, service, timers } = device(net.fetchFn);
    await service.signIn('sign-up', email(), 'correct horse battery');
    await saveJob(db, capture(), 1000);

    net.state.offline = true;
    const offline = await service.syncNow();
    expect(offline).toMatchObject({ state: 'offline', pending: 2 });
    expect(offline.error).toContain('cannot reach');
    expect(timers).toHaveLength(1);

    net.state.offline = false;
    timers[0]?.();
    await expect.poll(() => service.status()).toMatchObject({ state: 'synced', pending: 0 });
  });

  it('a response lost after the server committed is retried without duplicating anything', async () => {
    const net = network();
    const { db, service } = device(net.fetchFn);
    const signedIn = await service.signIn('sign-up', email(), 'correct horse battery');
    await saveJob(db, capture('Controller'), 1000);

    net.state.dropResponses = 1;
    expect(await service.syncNow()).toMatchObject({ state: 'offline', pending: 2 });
    expect(await service.syncNow()).toMatchObject({ state: 'synced', pending: 0 });

    // A second device sees each record once.
    const other = device(net.fetchFn);
    await other.service.signIn('sign-in', signedIn.email ?? '', 'correct horse battery');
    expect(await other.db.jobs.count()).toBe(1);
    expect(await other.db.applications.count()).toBe(1);
  });

  it('a revoked session signs the device out and keeps its changes', async () => {
    const net = network();
    const { db, service, currentSession } = device(net.fetchFn);
    await service.signIn('sign-up', email(), 'correct horse battery');
    await saveJob(db, capture(), 1000);
    // Revoke the device's token on the server, as "sign out all devices" elsewhere would.
    await net.api.request('/v1/auth/signout-all', {
      method: 'POST',
      headers: { authorization: `Bearer ${currentSession()?.accessToken}` },
    });

    const status = await service.syncNow();
    expect(status).toMatchObject({ state: 'signed-out', pending: 2, error: 'signed out by the server; sign in again' });
    expect(currentSession()).toBeNull();
    expect(await db.jobs.count()).toBe(1);
  });

  it('a wrong password is an error the panel can show, and nothing changes', async () => {
    const net = network();
    const { service } = device(net.fetchFn);
    const address = email();
    await service.signIn('sign-up', address, 'correct horse battery');
    await service.signOut();
    await expect(service.signIn('sign-in', address, 'wrong password!')).rejects.toThrow('wrong email or password');
    expect(await service.status()).toMatchObject({ state: 'signed-out' });
  });

  it('two devices edit the same records offline, the same field included, and end identical; the loser is kept', async () => {
    const { address, a, b } = await twoDevices();
    await saveJob(a.db, capture('Staff Accountant', 'Harbor'), 1000);
    await a.service.syncNow();
    await b.service.signIn('sign-in', address, 'correct horse battery');
    const [application] = await b.db.applications.toArray();
    expect(application?.status).toBe('saved');

    // Both offline: A adds notes and moves it to "applied"; B (later) moves it to "interviewing".
    const { recordChange } = await import('../db/record-change.ts');
    const edit = async (db: typeof a.db, change: Record<string, unknown>) =>
      db.transaction('rw', db.applications, db.outbox, async () => {
        const current = (await db.applications.toArray())[0];
        if (current) await recordChange(db, 'application', current, { ...current, ...change, updatedAt: Date.now() }, Date.now());
      });
    await edit(a.db, { notes: 'Recruiter: Dana', status: 'applied' });
    await new Promise((r) => setTimeout(r, 5));
    await edit(b.db, { status: 'interviewing' });

    // Sync in both orders, then once more so each sees the other's writes.
    await b.service.syncNow();
    await a.service.syncNow();
    await b.service.syncNow();
    const [onA] = await a.db.applications.toArray();
    const [onB] = await b.db.applications.toArray();
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ notes: 'Recruiter: Dana', status: 'interviewing' });
    expect(onA?.history?.some((h) => h.field === 'status' && h.value === 'applied')).toBe(true);
  });

  it('refreshes an expired access token by itself, and a client on an old schema is told to update', async () => {
    const net = network();
    let clock = Date.now();
    const { db, service, currentSession } = device(net.fetchFn, () => clock);
    await service.signIn('sign-up', email(), 'correct horse battery');
    const first = currentSession()?.accessToken;
    clock += 16 * 60 * 1000; // past the 15-minute access token
    await saveJob(db, capture(), clock);
    expect(await service.syncNow()).toMatchObject({ state: 'synced', pending: 0 });
    expect(currentSession()?.accessToken).not.toBe(first);

    const old = await net.api.request('/v1/sync/pull', {
      headers: { authorization: `Bearer ${currentSession()?.accessToken}`, 'x-sync-schema': '1' },
    });
    expect(old.status).toBe(426);
  });

  it('the same job saved on two devices before either synced ends as one job on both, with what each did', async () => {
    const { address, a, b } = await twoDevices();
    await b.service.signIn('sign-in', address, 'correct horse battery');
    // Both offline-ish: each saves the posting before hearing of the other's.
    await saveJob(a.db, capture('Staff Accountant', 'Harbor'), 1000);
    await saveJob(b.db, capture('Staff Accountant', 'Harbor'), 2000);
    const { setStatus } = await import('../db/applications.ts');
    const [bApp] = await b.db.applications.toArray();
    await setStatus(b.db, [bApp?.id ?? ''], 'applied', 3000);

    // Each folds what it pulled, and the folds themselves sync: a few rounds settle it.
    for (let round = 0; round < 3; round++) {
      await a.service.syncNow();
      await b.service.syncNow();
    }
    await a.service.syncNow();
    for (const d of [a, b]) {
      const jobs = (await d.db.jobs.toArray()).filter((j) => j.deletedAt === null);
      const apps = (await d.db.applications.toArray()).filter((x) => x.deletedAt === null);
      expect(jobs).toHaveLength(1);
      expect(apps).toHaveLength(1);
      expect(apps[0]?.status).toBe('applied');
    }
    expect((await a.db.applications.toArray()).filter((x) => x.deletedAt === null)).toEqual(
      (await b.db.applications.toArray()).filter((x) => x.deletedAt === null),
    );
  });
});
