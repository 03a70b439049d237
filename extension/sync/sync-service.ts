import type { SyncStatus } from '../../shared/messages.ts';
import { backoffDelay } from '../../shared/sync/backoff.ts';
import type { JobsmithDb } from '../db/database.ts';
import { pendingCount } from '../db/outbox.ts';
import type { Session } from '../settings.ts';
import { ApiClientError, createApiClient } from './api-client.ts';
import { pushOutbox } from './push-outbox.ts';

export interface SyncDeps {
  db: JobsmithDb;
  getApiUrl: () => Promise<string>;
  setApiUrl: (url: string) => Promise<void>;
  getSession: () => Promise<Session | null>;
  setSession: (session: Session | null) => Promise<void>;
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
    return { session, api: createApiClient({ baseUrl: await deps.getApiUrl(), token: session?.token, fetch: deps.fetch }) };
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
    try {
      await pushOutbox(deps.db, api);
      lastSyncAt = now();
      lastError = null;
      failures = 0;
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 401) {
        await deps.setSession(null);
        lastError = { state: 'error', message: 'signed out by the server; sign in again' };
        return;
      }
      lastError =
        error instanceof ApiClientError && error.offline
          ? { state: 'offline', message: error.message }
          : { state: 'error', message: error instanceof Error ? error.message : String(error) };
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
    const result = mode === 'sign-up' ? await api.signUp(email, password) : await api.signIn(email, password);
    await deps.setSession({ token: result.token, email: result.user.email, userId: result.user.id });
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

  async function setApiUrl(url: string): Promise<SyncStatus> {
    await deps.setApiUrl(url);
    lastError = null;
    return publish();
  }

  return { status, syncNow, signIn, signOut, setApiUrl };
}

export type SyncService = ReturnType<typeof createSyncService>;
