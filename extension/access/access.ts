import type { BackgroundToContent, PageAccess } from '../../shared/messages.ts';
import type { SessionStorage } from '../messaging/tab-jobs.ts';
import type { Grants } from './grants.ts';
import { injectReaders, type Scripting } from './inject.ts';
import { hostOf, isBrowserPage, matchesAny, siteOf } from './sites.ts';

export interface AccessDeps {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: BackgroundToContent, options: { frameId: number }): Promise<unknown>;
  };
  scripting: Scripting;
  grants: Grants;
  /** Per-tab memory that outlives a service worker restart. */
  session: SessionStorage;
  /** The manifest's content-script match patterns: the pages read without asking. */
  autoMatches: readonly string[];
}

export const BROWSER_PAGE = 'Browser pages (chrome://, about:, the extension stores) cannot be read.';

const askedKey = (tabId: number) => `read-on-demand:${tabId}`;

/**
 * What Jobsmith may read in each tab, and reading on the user's request. The background runs
 * `read` on the user's click (toolbar button, shortcut, context menu), when the browser grants
 * activeTab; the panel's own buttons reach it through messages.
 */
export function createAccess(deps: AccessDeps) {
  async function tabUrl(tabId: number): Promise<string | undefined> {
    return (await deps.tabs.get(tabId).catch(() => undefined))?.url;
  }

  /** A reader answers in the tab's page: it reads it now. */
  const readerAnswers = (tabId: number) =>
    deps.tabs.sendMessage(tabId, { type: 'content/get-job' }, { frameId: 0 }).then(
      () => true,
      () => false,
    );

  async function accessOf(tabId: number, url: string | undefined): Promise<PageAccess> {
    const site = siteOf(url);
    if (!url || !site || isBrowserPage(url)) return { kind: 'browser-page' };
    if (matchesAny(url, deps.autoMatches)) return { kind: 'site' };
    if ((await deps.grants.sites()).includes(site)) return { kind: 'always', site };
    return { kind: 'on-demand', site, read: await readerAnswers(tabId) };
  }

  const status = async (tabId: number) => accessOf(tabId, await tabUrl(tabId));

  async function read(tabId: number): Promise<PageAccess> {
    const url = await tabUrl(tabId);
    const site = siteOf(url);
    if (!site || isBrowserPage(url)) throw new Error(BROWSER_PAGE);
    try {
      await injectReaders(deps.scripting, tabId);
    } catch {
      // The browser refused: no click granted activeTab for this page (the panel's buttons do not).
      throw new Error(
        `Jobsmith may read ${hostOf(site)} only right after you ask: click its toolbar button, press Alt+Shift+J, or right-click the page and choose “Read this job with Jobsmith”.`,
      );
    }
    // The user's request holds for the rest of their visit to the site (see `pageLoaded`).
    await deps.session.set({ [askedKey(tabId)]: site });
    return accessOf(tabId, url);
  }

  async function always(tabId: number): Promise<PageAccess> {
    const url = await tabUrl(tabId);
    const site = siteOf(url);
    if (!site || isBrowserPage(url)) throw new Error(BROWSER_PAGE);
    await deps.grants.add(site);
    // The registration reads the next page load; the page already open is read now.
    await injectReaders(deps.scripting, tabId).catch(() => undefined);
    return accessOf(tabId, url);
  }

  /**
   * A page finished loading. In a tab where the user asked Jobsmith to read, a page of the same
   * site (from the job post to its application form) is read again, as far as the browser still
   * allows (Chrome keeps activeTab within a site); leaving the site ends the request. On a site
   * the user chose "Always" for, the registration reads the page, except when the page loaded
   * before the registration was in force (tabs restored as the browser starts): the readers are
   * started then (injection leaves running readers alone, so this costs a probe otherwise).
   */
  async function pageLoaded(tabId: number, url: string): Promise<void> {
    const site = siteOf(url);
    if (!site || matchesAny(url, deps.autoMatches)) return;
    if ((await deps.grants.sites()).includes(site)) {
      await injectReaders(deps.scripting, tabId).catch(() => undefined);
      return;
    }
    const asked = (await deps.session.get(askedKey(tabId)))[askedKey(tabId)];
    if (typeof asked !== 'string') return;
    if (site !== asked) {
      await deps.session.remove(askedKey(tabId));
      return;
    }
    await injectReaders(deps.scripting, tabId).catch(() => deps.session.remove(askedKey(tabId)));
  }

  return {
    status,
    read,
    always,
    pageLoaded,
    forget: (tabId: number) => deps.session.remove(askedKey(tabId)),
    sites: () => deps.grants.sites(),
    remove: (site: string) => deps.grants.remove(site),
    /** On every background start, and when the user revokes a grant in the browser's own UI. */
    sync: () => deps.grants.sync(),
  };
}
