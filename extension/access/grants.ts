import { READER_FILES } from './readers.ts';
import { sitePattern } from './sites.ts';

/** The parts of `browser.permissions` grants use (requesting one is the panel's: it needs the user's click). */
export interface Permissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/** The parts of `browser.scripting` that register content scripts. */
export interface ContentScriptRegistry {
  registerContentScripts(
    scripts: Array<{
      id: string;
      matches: string[];
      js: string[];
      allFrames: boolean;
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }>,
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
}

export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const CHOSEN_KEY = 'always-sites';
// Registrations of other kinds (none today) must survive a sync: ours carry this prefix.
const ID_PREFIX = 'always:';
const scriptId = (site: string) => `${ID_PREFIX}${site}`;

/**
 * "Always on this site": the sites the user chose, each read on every visit through a registered
 * content script, while the browser grants the site's optional host permission. Both halves
 * count: a grant alone (left by a browser's own site-access menu) does not make Jobsmith read a
 * site, and a choice whose grant the user revoked in the browser is dropped.
 *
 * Registrations are derived, never trusted: `sync()` makes them match the choices on every
 * background start (Firefox may not keep them across restarts) and whenever a grant goes away.
 */
export function createGrants(deps: { permissions: Permissions; scripting: ContentScriptRegistry; storage: KeyValueStorage }) {
  let queue: Promise<unknown> = Promise.resolve();
  // One change at a time: two syncs racing would register the same script twice (an error).
  function serial<T>(run: () => Promise<T>): Promise<T> {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  async function chosen(): Promise<string[]> {
    const value = (await deps.storage.get(CHOSEN_KEY))[CHOSEN_KEY];
    return Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [];
  }

  const granted = (site: string) => deps.permissions.contains({ origins: [sitePattern(site)] });

  async function grantedChoices(): Promise<string[]> {
    const sites = await chosen();
    const checks = await Promise.all(sites.map(granted));
    return sites.filter((_, i) => checks[i]);
  }

  async function syncNow(): Promise<string[]> {
    const before = await chosen();
    const sites = await grantedChoices();
    if (sites.length !== before.length) await deps.storage.set({ [CHOSEN_KEY]: sites });
    const registered = (await deps.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX));
    const wanted = new Set(sites.map(scriptId));
    const stale = registered.filter((id) => !wanted.has(id));
    if (stale.length > 0) await deps.scripting.unregisterContentScripts({ ids: stale });
    const missing = sites.filter((site) => !registered.includes(scriptId(site)));
    if (missing.length > 0) {
      await deps.scripting.registerContentScripts(
        missing.map((site) => ({
          id: scriptId(site),
          matches: [sitePattern(site)],
          js: READER_FILES,
          // As the manifest's readers: application forms are often embedded in an iframe.
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        })),
      );
    }
    return sites;
  }

  return {
    /** The chosen sites the browser still grants. */
    sites: () => grantedChoices(),

    /** Makes the registrations match the choices (and drops choices whose grant is gone). */
    sync: () => serial(syncNow),

    /** The user chose "Always on this site" and the browser granted it (the panel asked, in the click). */
    add: (site: string) =>
      serial(async () => {
        if (!(await granted(site))) throw new Error(`The browser did not allow Jobsmith on ${site}.`);
        const sites = await chosen();
        if (!sites.includes(site)) await deps.storage.set({ [CHOSEN_KEY]: [...sites, site] });
        return syncNow();
      }),

    /** "Remove" in Settings: stop reading the site, and give its permission back. */
    remove: (site: string) =>
      serial(async () => {
        await deps.storage.set({ [CHOSEN_KEY]: (await chosen()).filter((s) => s !== site) });
        const sites = await syncNow();
        // After the registration is gone: should the browser refuse, the site is not read either way.
        await deps.permissions.remove({ origins: [sitePattern(site)] });
        return sites;
      }),
  };
}

export type Grants = ReturnType<typeof createGrants>;
