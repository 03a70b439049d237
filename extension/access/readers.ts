/**
 * The two scripts that read a page, as WXT builds them from entrypoints/job.content.ts and
 * autofill.content.ts: the manifest runs them on the site units' pages, `scripting` runs them
 * anywhere else the user asks (on demand, or registered for "Always on this site").
 */
export const READER_FILES = ['/content-scripts/job.js', '/content-scripts/autofill.js'];

export type ReaderName = 'job' | 'autofill';

/** Where each reader leaves its WXT context on the isolated world's globalThis (pages cannot see it). */
export const READERS_KEY = '__jobsmithReaders';

type Live = Partial<Record<ReaderName, { readonly isValid: boolean }>>;

/** Called by each reader when it starts: lets the background see it runs in this frame. */
export function markLive(name: ReaderName, ctx: { readonly isValid: boolean }): void {
  const global = globalThis as unknown as Record<string, Live | undefined>;
  global[READERS_KEY] = { ...global[READERS_KEY], [name]: ctx };
}

/**
 * Whether both readers run in this frame. Runs in the page's isolated world through
 * scripting.executeScript, so it must stay self-contained (no imports, no closures). A context
 * is checked for validity because one left behind by a reloaded extension no longer reads.
 */
export function readersLive(key: string): boolean {
  const live = (globalThis as unknown as Record<string, Live | undefined>)[key];
  return Boolean(live?.job?.isValid && live?.autofill?.isValid);
}
