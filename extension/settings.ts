import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Extension settings and the sign-in session, in extension storage: web pages cannot read it,
 * and content scripts never ask for it (they have no message that returns it).
 */

export const DEFAULT_API_URL: string = import.meta.env.WXT_API_URL ?? 'http://127.0.0.1:8787';

const Session = z.object({
  accessToken: z.string(),
  accessExpiresAt: z.number(),
  refreshToken: z.string(),
  email: z.string(),
  userId: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
});
export type Session = z.infer<typeof Session>;

const KEYS = {
  apiUrl: 'apiUrl',
  session: 'session',
  cursor: 'syncCursor',
  boardCursor: 'boardJobsCursor',
  preferences: 'preferences',
  shown: 'remindersShown',
  clock: 'testClockOffsetMs',
} as const;

export async function getApiUrl(): Promise<string> {
  const stored = (await browser.storage.local.get(KEYS.apiUrl))[KEYS.apiUrl];
  return typeof stored === 'string' && stored ? stored : DEFAULT_API_URL;
}

export async function setApiUrl(apiUrl: string): Promise<void> {
  await browser.storage.local.set({ [KEYS.apiUrl]: apiUrl });
}

export async function getSession(): Promise<Session | null> {
  const parsed = Session.safeParse((await browser.storage.local.get(KEYS.session))[KEYS.session]);
  return parsed.success ? parsed.data : null;
}

export async function setSession(session: Session | null): Promise<void> {
  if (session) await browser.storage.local.set({ [KEYS.session]: session });
  else await browser.storage.local.remove(KEYS.session);
}

/** Where the last pull stopped, per user: a different account on this device starts from 0. */
export async function getCursor(userId: string): Promise<number> {
  const stored = (await browser.storage.local.get(KEYS.cursor))[KEYS.cursor] as { userId?: string; cursor?: number } | undefined;
  return stored?.userId === userId && typeof stored.cursor === 'number' ? stored.cursor : 0;
}

export async function setCursor(userId: string, cursor: number): Promise<void> {
  await browser.storage.local.set({ [KEYS.cursor]: { userId, cursor } });
}

/** Where the last pull of followed boards' jobs stopped, per user (the worker's opaque cursor). */
export async function getBoardCursor(userId: string): Promise<string | undefined> {
  const stored = (await browser.storage.local.get(KEYS.boardCursor))[KEYS.boardCursor] as { userId?: string; cursor?: unknown } | undefined;
  return stored?.userId === userId && typeof stored.cursor === 'string' ? stored.cursor : undefined;
}

export async function setBoardCursor(userId: string, cursor: string): Promise<void> {
  await browser.storage.local.set({ [KEYS.boardCursor]: { userId, cursor } });
}

/** Reminder keys already shown (each reminder once). */
export async function shownReminders(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(KEYS.shown))[KEYS.shown];
  return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
}

export async function markReminderShown(key: string): Promise<void> {
  const shown = await shownReminders();
  shown.add(key);
  // The newest thousand are plenty: older applications are long decided.
  await browser.storage.local.set({ [KEYS.shown]: [...shown].slice(-1000) });
}

/**
 * The time reminders use. Development and e2e builds honour an offset a test sets in storage
 * (a controllable clock); the store build always uses the real time.
 */
export async function appNow(): Promise<number> {
  if (import.meta.env.MODE === 'production') return Date.now();
  const offset = (await browser.storage.local.get(KEYS.clock))[KEYS.clock];
  return Date.now() + (typeof offset === 'number' ? offset : 0);
}
