import { z } from 'zod';
import { JobCapture } from '../../shared/schemas/job.ts';
import type { SessionStorage } from './tab-jobs.ts';

/**
 * What the background remembers per browser tab besides its job (tab-jobs.ts), in session
 * storage: the service worker is stopped when idle, and the user may take longer over a form
 * than it stays alive. One definition per item (its key and its schema), read back checked, and
 * all of a tab's items forgotten together when the tab closes.
 */

interface TabItem<T> {
  get(tabId: number): Promise<T | null>;
  set(tabId: number, value: T): Promise<void>;
  remove(tabId: number): Promise<void>;
}

function tabItem<T>(storage: SessionStorage, name: string, schema: z.ZodType<T>): TabItem<T> {
  const key = (tabId: number) => `${name}:${tabId}`;
  return {
    get: async (tabId) => schema.safeParse((await storage.get(key(tabId)))[key(tabId)]).data ?? null,
    set: (tabId, value) => storage.set({ [key(tabId)]: value }),
    remove: (tabId) => storage.remove(key(tabId)),
  };
}

export function createTabState(storage: SessionStorage) {
  const items = {
    /** The resume document autofill attached in the tab, until the form is sent. */
    attachedResume: tabItem(storage, 'attached-resume', z.string()),
    /** Frames whose content script found a form (embedded boards live in iframes), newest first. */
    formFrames: tabItem(storage, 'form-frames', z.array(z.number().int())),
    /** The job the tab's form was filled for: its confirmation page (often without the job) still marks it sent. */
    formJob: tabItem(storage, 'form-job', JobCapture),
  };
  return {
    ...items,
    /** The tab closed: everything it had goes. */
    forget: (tabId: number) => Promise.all(Object.values(items).map((item) => item.remove(tabId))).then(() => undefined),
  };
}
