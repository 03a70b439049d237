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
 * The job each tab shows, as its content scripts last reported. The top document's report
 * wins; a job read in an iframe (a Greenhouse board embedded in a company's careers page)
 * shows when the top document has none. Kept in session storage too, because the service
 * worker is stopped when idle and must not forget open tabs.
 */
export function createTabJobs(deps: {
  storage: SessionStorage;
  askTab: (tabId: number) => Promise<JobCapture | null>;
  onChange: (tabId: number, job: JobCapture | null) => void;
}) {
  const topKey = (tabId: number) => `tab-job:${tabId}`;
  const frameKey = (tabId: number) => `tab-job:${tabId}:frame`;

  async function stored(tabId: number): Promise<JobCapture | null> {
    const items = { ...(await deps.storage.get(topKey(tabId))), ...(await deps.storage.get(frameKey(tabId))) };
    return (items[topKey(tabId)] as JobCapture | null | undefined) ?? (items[frameKey(tabId)] as JobCapture | null | undefined) ?? null;
  }

  async function set(tabId: number, job: JobCapture | null, frameId = 0): Promise<void> {
    const before = await stored(tabId);
    if (frameId === 0) await deps.storage.set({ [topKey(tabId)]: job });
    // A frame that shows no job (an ad, a chat widget) does not clear one another frame found.
    else if (job) await deps.storage.set({ [frameKey(tabId)]: job });
    const after = await stored(tabId);
    if (JSON.stringify(before) !== JSON.stringify(after) || frameId === 0) deps.onChange(tabId, after);
  }

  async function get(tabId: number): Promise<JobCapture | null> {
    const job = await stored(tabId);
    if (job) return job;
    // Nothing reported yet (the tab loaded before the extension did): ask the page.
    const asked = await deps.askTab(tabId);
    if (asked) await set(tabId, asked);
    return asked;
  }

  /** A new page in the tab: what its previous page showed, in any frame, is gone. */
  async function navigated(tabId: number): Promise<void> {
    await deps.storage.remove(frameKey(tabId));
    await set(tabId, null);
  }

  async function forget(tabId: number): Promise<void> {
    await deps.storage.remove(topKey(tabId));
    await deps.storage.remove(frameKey(tabId));
  }

  return { get, set, navigated, forget };
}
