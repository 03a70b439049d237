import type { JobCapture } from '../../shared/schemas/job.ts';

interface SessionStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memoryStorage(): SessionStorage {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

/**
 * The job each tab shows, as its content script last reported. Kept in session storage too,
 * because the service worker is stopped when idle and must not forget open tabs.
 */
export function createTabJobs(deps: {
  storage: SessionStorage;
  askTab: (tabId: number) => Promise<JobCapture | null>;
  onChange: (tabId: number, job: JobCapture | null) => void;
}) {
  const key = (tabId: number) => `tab-job:${tabId}`;

  async function set(tabId: number, job: JobCapture | null): Promise<void> {
    await deps.storage.set({ [key(tabId)]: job });
    deps.onChange(tabId, job);
  }

  async function get(tabId: number): Promise<JobCapture | null> {
    const stored = (await deps.storage.get(key(tabId)))[key(tabId)];
    if (stored) return stored as JobCapture;
    // Nothing reported yet (the tab loaded before the extension did): ask the page.
    const job = await deps.askTab(tabId);
    if (job) await set(tabId, job);
    return job;
  }

  async function forget(tabId: number): Promise<void> {
    await deps.storage.remove(key(tabId));
  }

  return { get, set, forget };
}
