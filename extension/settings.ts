import { type StorageItemKey, storage } from 'wxt/utils/storage';
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

/**
 * One storage item per setting, each defined once: its key in extension storage (`local:`, the
 * keys are those earlier versions wrote) and what a stored value must be. A value that does not
 * read (an older shape, or written by hand) counts as absent.
 */
function checked<T>(key: StorageItemKey, schema: z.ZodType<T>) {
  const item = storage.defineItem<unknown>(key);
  return {
    get: async (): Promise<T | null> => schema.safeParse(await item.getValue()).data ?? null,
    set: (value: T) => item.setValue(value),
    remove: () => item.removeValue(),
  };
}

/** A value kept for one account: another account signed in on this device starts afresh. */
const perUser = <T extends z.ZodType>(value: T) => z.object({ userId: z.string(), cursor: value });

/**
 * Where this device's pull of followed boards' jobs stopped: the worker's opaque cursor, and the
 * boards followed when it was given (a board followed since is pulled from the start:
 * extension/boards/refresh-boards.ts).
 */
export const BoardCursor = z.object({ since: z.string(), boards: z.array(z.string()) });
export type BoardCursor = z.infer<typeof BoardCursor>;

const items = {
  apiUrl: checked('local:apiUrl', z.string().min(1)),
  session: checked('local:session', Session),
  cursor: checked('local:syncCursor', perUser(z.number())),
  // An older device's bare cursor does not read as one: its first pull starts from the beginning.
  boardCursor: checked('local:boardJobsCursor', perUser(BoardCursor)),
  shown: checked('local:remindersShown', z.array(z.string())),
  clock: checked('local:testClockOffsetMs', z.number()),
};

export async function getApiUrl(): Promise<string> {
  return (await items.apiUrl.get()) ?? DEFAULT_API_URL;
}

export async function setApiUrl(apiUrl: string): Promise<void> {
  await items.apiUrl.set(apiUrl);
}

export function getSession(): Promise<Session | null> {
  return items.session.get();
}

export async function setSession(session: Session | null): Promise<void> {
  if (session) await items.session.set(session);
  else await items.session.remove();
}

/** Where the last pull stopped, per user: a different account on this device starts from 0. */
export async function getCursor(userId: string): Promise<number> {
  const stored = await items.cursor.get();
  return stored?.userId === userId ? stored.cursor : 0;
}

export async function setCursor(userId: string, cursor: number): Promise<void> {
  await items.cursor.set({ userId, cursor });
}

/** Where the last pull of followed boards' jobs stopped, per user. */
export async function getBoardCursor(userId: string): Promise<BoardCursor | undefined> {
  const stored = await items.boardCursor.get();
  return stored?.userId === userId ? stored.cursor : undefined;
}

export async function setBoardCursor(userId: string, cursor: BoardCursor): Promise<void> {
  await items.boardCursor.set({ userId, cursor });
}

/** Reminder keys already shown (each reminder once). */
export async function shownReminders(): Promise<Set<string>> {
  return new Set((await items.shown.get()) ?? []);
}

export async function markReminderShown(key: string): Promise<void> {
  const shown = await shownReminders();
  shown.add(key);
  // The newest thousand are plenty: older applications are long decided.
  await items.shown.set([...shown].slice(-1000));
}

/**
 * The time reminders use. Development and e2e builds honour an offset a test sets in storage
 * (a controllable clock); the store build always uses the real time.
 */
export async function appNow(): Promise<number> {
  if (import.meta.env.MODE === 'production') return Date.now();
  return Date.now() + ((await items.clock.get()) ?? 0);
}
