import type { SyncStatus } from '../../shared/messages.ts';
import { backoffDelay } from '../../shared/sync/backoff.ts';
import type { JobsmithDb } from '../db/database.ts';
import { pendingCount } from '../db/outbox.ts';
import type { Session } from '../settings.ts';
import { ApiClientError, createApiClient } from './api-client.ts';
import { checkApiUrl } from './api-url.ts';
import { pullAll } from './pull-changes.ts';
import { pushEvents } from './push-events.ts';
import { pushOutbox } from './push-outbox.ts';

export const CONSENT_WITHDRAWN =
  "Sync is paused: Firefox's consent to send your data to the server was withdrawn. Sign in again to give it, or sign out.";

const isQuotaError = (error: unknown): error is ApiClientError => error instanceof ApiClientError && error.code === 'quota_exceeded';

export interface SyncDeps {
  db: JobsmithDb;
  getApiUrl: () => Promise<string>;
  setApiUrl: (url: string) => Promise<void>;
  getSession: () => Promise<Session | null>;
  setSession: (session: Session | null) => Promise<void>;
  getCursor: (userId: string) => Promise<number>;
  setCursor: (userId: string, cursor: number) => Promise<void>;
  /** Shown in the user's device list. */
  deviceName?: () => string;
  /** A production build: the server address must be https (loopback excepted). */
  production?: boolean;
  /** Whether the user still consents to sending data (Firefox's data-collection consent); absent: yes. */
  mayTransmit?: () => Promise<boolean>;
  broadcast: (status: SyncStatus) => void;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

/**
 * The background's sync loop and account actions. One sync runs at a time; a request that
 * arrives meanwhile runs once more after it, so no change waits for the next alarm.
 */
export function createSyncService(deps: SyncDeps) {
  const now = deps.now ?? Date.now;
  let lastSyncAt: number | null = null;
  let lastError: { state: 'offline' | 'error'; message: string } | null = null;
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  let failures = 0;
  let retryPending = false;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));

  /** A failed sync is retried soon with backoff; the periodic alarm is only the safety net. */
  function scheduleRetry() {
    failures += 1;
    if (retryPending) return;
    retryPending = true;
    setTimer(
      () => {
        retryPending = false;
        void syncNow();
      },
      backoffDelay(failures, deps.random ?? Math.random),
    );
  }

  async function client() {
    const session = await deps.getSession();
    const api = createApiClient({
      baseUrl: await deps.getApiUrl(),
      fetch: deps.fetch,
      now,
      getSession: deps.getSession,
      setSession: deps.setSession,
    });
    return { session, api };
  }

  /** What the panel says for a failure: specific where the server was, never a wipe of local data. */
  function describe(error: unknown): { state: 'offline' | 'error'; message: string } {
    if (error instanceof ApiClientError) {
      if (error.offline) return { state: 'offline', message: error.message };
      if (error.status === 426) return { state: 'error', message: `Update Jobsmith to keep syncing: ${error.message}` };
      if (error.code === 'clock_skew') return { state: 'error', message: `Check this computer's clock: ${error.message}` };
      if (error.code === 'quota_exceeded') return { state: 'error', message: `Your account is full on the server: ${error.message}` };
      if (error.status === 429) return { state: 'error', message: `The server is busy for this account: ${error.message}` };
      if (error.status === 413) return { state: 'error', message: 'A change is too large to sync.' };
    }
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }

  async function status(): Promise<SyncStatus> {
    const [session, pending, apiUrl] = await Promise.all([deps.getSession(), pendingCount(deps.db), deps.getApiUrl()]);
    const base = { pending, lastSyncAt, email: session?.email ?? null, apiUrl };
    if (!session) return { ...base, state: 'signed-out', error: lastError?.message ?? null };
    if (lastError) return { ...base, state: lastError.state, error: lastError.message };
    return { ...base, state: pending > 0 ? 'pending' : 'synced', error: null };
  }

  async function publish(): Promise<SyncStatus> {
    const current = await status();
    deps.broadcast(current);
    return current;
  }

  async function runOnce(): Promise<void> {
    const { session, api } = await client();
    if (!session) return;
    // The user may withdraw the consent to send data (Firefox's add-on settings): then nothing goes out.
    if (deps.mayTransmit && !(await deps.mayTransmit())) {
      lastError = { state: 'error', message: CONSENT_WITHDRAWN };
      return;
    }
    try {
      // A push refused for the account's quota applied nothing and keeps its changes in the
      // outbox; the other devices' changes still come down.
      const full = await pushOutbox(deps.db, api).then(
        () => null,
        (error: unknown) => {
          if (isQuotaError(error)) return error;
          throw error;
        },
      );
      await pullAll(deps.db, api, await deps.getCursor(session.userId), (cursor) => deps.setCursor(session.userId, cursor));
      if (full) throw full;
      await pushEvents(deps.db, api, now());
      lastSyncAt = now();
      lastError = null;
      failures = 0;
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 401) {
        // The session ended (signed out elsewhere, account deleted, refresh token reused):
        // the device keeps everything and pushes it after the next sign-in.
        await deps.setSession(null);
        lastError = { state: 'error', message: 'signed out by the server; sign in again' };
        return;
      }
      lastError = describe(error);
      // An old client, a wrong clock or a full account does not fix itself by retrying soon (the alarm still tries).
      if (!(error instanceof ApiClientError && (error.status === 426 || error.code === 'clock_skew' || isQuotaError(error))))
        scheduleRetry();
    }
  }

  function syncNow(): Promise<SyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runOnce();
        } while (again);
      } finally {
        running = null;
      }
      return publish();
    })();
    return running;
  }

  async function signIn(mode: 'sign-up' | 'sign-in', email: string, password: string): Promise<SyncStatus> {
    const { api } = await client();
    const name = deps.deviceName?.() ?? 'Browser';
    const session = mode === 'sign-up' ? await api.signUp(email, password, name) : await api.signIn(email, password, name);
    if ('confirmationSentTo' in session) {
      // The server confirms addresses by email: nothing is signed in until the link is opened.
      lastError = { state: 'error', message: `We sent a link to ${session.confirmationSentTo}: open it, then sign in here.` };
      return publish();
    }
    await deps.setSession(session);
    lastError = null;
    return syncNow();
  }

  async function signOut(): Promise<SyncStatus> {
    const { api } = await client();
    // Revoking on the server is best effort: offline, the local sign-out still happens.
    await api.signOut().catch(() => undefined);
    await deps.setSession(null);
    lastError = null;
    return publish();
  }

  /**
   * Another server: this device signs out first. Its tokens belong to the old server, so they go
   * back only there (to be revoked, best effort and briefly) and never to the new address.
   */
  async function setApiUrl(url: string): Promise<SyncStatus> {
    const next = checkApiUrl(url, deps.production ?? false);
    if (next === checkApiUrl(await deps.getApiUrl(), false)) return publish();
    if (await deps.getSession()) {
      const { api } = await client();
      await Promise.race([api.signOut().catch(() => undefined), new Promise((done) => setTimer(() => done(undefined), 3000))]);
      await deps.setSession(null);
    }
    await deps.setApiUrl(next);
    lastError = null;
    return publish();
  }

  /** Signs out every device of the account (this one included). */
  async function signOutAll(): Promise<SyncStatus> {
    const { api } = await client();
    await api.signOutAll();
    await deps.setSession(null);
    lastError = null;
    return publish();
  }

  async function devices() {
    const { api } = await client();
    return (await api.devices()).devices;
  }

  async function revokeDevice(id: string) {
    const { api, session } = await client();
    await api.revokeDevice(id);
    if (id === session?.deviceId) await deps.setSession(null);
    return devices().catch(() => []);
  }

  /** The AI models the server offers this account; null when signed out or the server cannot be reached. */
  async function writers() {
    const { api, session } = await client();
    if (!session) return null;
    return api.writers().catch(() => null);
  }

  async function exportAccount() {
    const { api } = await client();
    return api.exportAccount();
  }

  /** Deletes the account on the server; this device keeps its local data and is signed out. */
  async function deleteAccount(password: string): Promise<SyncStatus> {
    const { api } = await client();
    await api.deleteAccount(password);
    await deps.setSession(null);
    lastError = null;
    return publish();
  }

  return { status, syncNow, signIn, signOut, signOutAll, devices, revokeDevice, exportAccount, deleteAccount, setApiUrl, writers };
}

export type SyncService = ReturnType<typeof createSyncService>;
