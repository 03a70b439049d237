import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Extension settings and the sign-in session, in extension storage: web pages cannot read it,
 * and content scripts never ask for it (they have no message that returns it).
 */

export const DEFAULT_API_URL: string = import.meta.env.WXT_API_URL ?? 'http://127.0.0.1:8787';

const Session = z.object({ token: z.string(), email: z.string(), userId: z.string() });
export type Session = z.infer<typeof Session>;

const KEYS = { apiUrl: 'apiUrl', session: 'session' } as const;

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
