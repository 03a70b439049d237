import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/messages.ts';
import { testApi } from '../../worker/test/harness.ts';
import { saveJob } from '../db/jobs.ts';
import type { Session } from '../settings.ts';
import { capture, freshDb } from '../test/helpers.ts';
import { createSyncService } from './sync-service.ts';

const API_URL = 'http://api.jobsmith.test';

/** The real worker app behind `fetch`, with switches to simulate the network failing. */
function network() {
  const api = testApi();
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

function device(fetchFn: typeof fetch) {
  const db = freshDb();
  let session: Session | null = null;
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
    broadcast: (s) => broadcasts.push(s),
    fetch: fetchFn,
    random: () => 0.5,
    setTimer: (run) => timers.push(run),
  });
  return { db, service, broadcasts, timers, currentSession: () => session };
}

const email = () => `dev-${crypto.randomUUID()}@example.com`;

describe('sync service', () => {
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

    const session = await net.api.request('/v1/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: signedIn.email, password: 'correct horse battery' }),
    });
    const { token } = (await session.json()) as { token: string };
    const pulled = (await (await net.api.request('/v1/sync/pull', { headers: { authorization: `Bearer ${token}` } })).json()) as {
      changes: Array<{ entity: string }>;
    };
    expect(pulled.changes.map((c) => c.entity).sort()).toEqual(['application', 'job']);
  });

  it('a revoked session signs the device out and keeps its changes', async () => {
    const net = network();
    const { db, service, currentSession } = device(net.fetchFn);
    await service.signIn('sign-up', email(), 'correct horse battery');
    await saveJob(db, capture(), 1000);
    // Revoke the device's token on the server, as "sign out all devices" elsewhere would.
    await net.api.request('/v1/auth/signout', { method: 'POST', headers: { authorization: `Bearer ${currentSession()?.token}` } });

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
});
