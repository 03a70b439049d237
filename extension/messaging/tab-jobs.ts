import type { JobCapture } from '../../shared/schemas/job.ts';

export interface SessionStorage {
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

/** A report and the address of the tab's page when it was made. */
interface Seen {
  job: JobCapture | null;
  tabUrl: string | null;
}
interface TabState {
  top: Seen | null;
  frame: Seen | null;
}

/**
 * The job each tab shows, as its content scripts last reported. The top document's report
 * wins; a job read in an iframe (a Greenhouse board embedded in a company's careers page)
 * shows when the top document has none. Kept in session storage too, because the service
 * worker is stopped when idle and must not forget open tabs.
 *
 * A page load in the tab and the new page's report race each other (the report can arrive
 * first on a fast page), so every report remembers the page address it belongs to, a load
 * clears only reports from other addresses, and each tab's updates run one at a time.
 */
export function createTabJobs(deps: {
  storage: SessionStorage;
  askTab: (tabId: number) => Promise<JobCapture | null>;
  onChange: (tabId: number, job: JobCapture | null) => void;
}) {
  const key = (tabId: number) => `tab-job:${tabId}`;
  const queues = new Map<number, Promise<unknown>>();

  function serial<T>(tabId: number, run: () => Promise<T>): Promise<T> {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
    queues.set(
      tabId,
      next.catch(() => undefined),
    );
    return next;
  }

  async function read(tabId: number): Promise<TabState> {
    const value = (await deps.storage.get(key(tabId)))[key(tabId)] as TabState | undefined;
    return value ?? { top: null, frame: null };
  }

  const shown = (state: TabState): JobCapture | null => state.top?.job ?? state.frame?.job ?? null;

  async function write(tabId: number, before: TabState, after: TabState, always: boolean) {
    await deps.storage.set({ [key(tabId)]: after });
    if (always || JSON.stringify(shown(before)) !== JSON.stringify(shown(after))) deps.onChange(tabId, shown(after));
  }

  function set(tabId: number, job: JobCapture | null, origin: { frameId?: number; tabUrl?: string | null } = {}): Promise<void> {
    return serial(tabId, async () => {
      const before = await read(tabId);
      const seen = { job, tabUrl: origin.tabUrl ?? null };
      const frameId = origin.frameId ?? 0;
      // A frame that shows no job (an ad, a chat widget) does not clear one another frame found.
      if (frameId !== 0 && !job) return;
      const after = frameId === 0 ? { ...before, top: seen } : { ...before, frame: seen };
      await write(tabId, before, after, frameId === 0);
    });
  }

  async function get(tabId: number): Promise<JobCapture | null> {
    const job = shown(await read(tabId));
    if (job) return job;
    // Nothing reported yet (the tab loaded before the extension did): ask the page.
    const asked = await deps.askTab(tabId);
    if (asked) await set(tabId, asked);
    return asked;
  }

  /** The tab started loading `url`: what other pages reported is gone. */
  function navigated(tabId: number, url: string): Promise<void> {
    return serial(tabId, async () => {
      const before = await read(tabId);
      const keep = (seen: Seen | null) => (seen && seen.tabUrl === url ? seen : null);
      const after = { top: keep(before.top), frame: keep(before.frame) };
      if (JSON.stringify(after) !== JSON.stringify(before)) await write(tabId, before, after, false);
    });
  }

  function forget(tabId: number): Promise<void> {
    return serial(tabId, () => deps.storage.remove(key(tabId)));
  }

  return { get, set, navigated, forget };
}
