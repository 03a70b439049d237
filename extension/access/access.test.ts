import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memoryStorage } from '../messaging/tab-jobs.ts';
import { BROWSER_PAGE, createAccess } from './access.ts';
import { createGrants } from './grants.ts';
import { fakePermissions, fakeScripting } from './test-fakes.ts';

const JOB = 'https://careers.northwind-example.com/jobs/prep-cook';
const FORM = 'https://careers.northwind-example.com/jobs/prep-cook/apply';
const SITE = 'https://careers.northwind-example.com';

/** The background's access over fake browser APIs: one tab at `url`, whose top frame answers when the readers run. */
async function setup(url: string, granted: string[] = []) {
  const tab = await fakeBrowser.tabs.create({ url });
  const tabId = tab.id ?? -1;
  const permissions = fakePermissions(granted);
  const { scripting, state } = fakeScripting([0, 2]);
  const access = createAccess({
    tabs: {
      get: (id) => fakeBrowser.tabs.get(id),
      sendMessage: async (id, message, { frameId }) => {
        if (id !== tabId || !state.live.get(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        return message.type === 'content/get-job' ? null : undefined;
      },
    },
    scripting,
    grants: createGrants({ permissions: permissions.api, scripting, storage: fakeBrowser.storage.local }),
    session: memoryStorage(),
    autoMatches: ['https://jobs.lever.co/*'],
  });
  return { access, tabId, state, permissions };
}

describe('page access', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names browser pages and the stores, which no extension may read', async () => {
    for (const url of [
      'chrome://extensions/',
      'about:addons',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      const { access, tabId } = await setup(url);
      expect(await access.status(tabId)).toEqual({ kind: 'browser-page' });
      await expect(access.read(tabId)).rejects.toThrow(BROWSER_PAGE);
    }
  });

  it('a site unit’s page is read by the manifest', async () => {
    const { access, tabId } = await setup('https://jobs.lever.co/harbor/123');
    expect(await access.status(tabId)).toEqual({ kind: 'site' });
  });

  it('any other page is read on request: after the click the readers run in every frame, once', async () => {
    const { access, tabId, state } = await setup(JOB);
    expect(await access.status(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: false });
    expect(await access.read(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: true });
    expect(await access.read(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: true });
    expect(state.injected).toEqual([0, 2]);
  });

  it('says what to do when the browser did not grant the click (the panel’s own button does not)', async () => {
    const { access, tabId, state } = await setup(JOB);
    state.allowed = false;
    await expect(access.read(tabId)).rejects.toThrow(
      'Jobsmith may read careers.northwind-example.com only right after you ask: click its toolbar button, press Alt+Shift+J',
    );
    expect(await access.status(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: false });
  });

  it('follows the user to the next page of the same site (the application form), and stops at another site', async () => {
    const { access, tabId, state } = await setup(JOB);
    await access.read(tabId);
    // A new page: its readers are gone.
    state.live.set(0, false);
    state.live.set(2, false);
    await fakeBrowser.tabs.update(tabId, { url: FORM });
    await access.pageLoaded(tabId, FORM);
    expect(await access.status(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: true });

    state.live.set(0, false);
    await access.pageLoaded(tabId, 'https://news.example/today');
    await access.pageLoaded(tabId, FORM);
    expect(state.live.get(0)).toBe(false);
  });

  it('a page the browser no longer lets it script on the same site ends the request quietly', async () => {
    const { access, tabId, state } = await setup(JOB);
    await access.read(tabId);
    state.live.set(0, false);
    state.allowed = false;
    await access.pageLoaded(tabId, FORM);
    state.allowed = true;
    await access.pageLoaded(tabId, FORM);
    expect(state.live.get(0)).toBe(false);
  });

  it('"Always on this site" reads the open page now and every page of the site from then on; Remove ends it', async () => {
    const { access, tabId, state, permissions } = await setup(JOB, [`${SITE}/*`]);
    expect(await access.always(tabId)).toEqual({ kind: 'always', site: SITE });
    expect(state.live.get(0)).toBe(true);
    expect([...state.registered.keys()]).toEqual([`always:${SITE}`]);
    expect(await access.sites()).toEqual([SITE]);

    expect(await access.remove(SITE)).toEqual([]);
    expect(state.registered.size).toBe(0);
    expect(permissions.origins.size).toBe(0);
    expect(await access.status(tabId)).toEqual({ kind: 'on-demand', site: SITE, read: true });
  });

  it('a page of an "Always" site that loaded before its registration was in force (a restart) is read', async () => {
    const { access, tabId, state } = await setup(JOB, [`${SITE}/*`]);
    await access.always(tabId);
    // The browser restarted and restored the tab before the registered scripts applied.
    state.live.set(0, false);
    state.live.set(2, false);
    await access.pageLoaded(tabId, FORM);
    expect(state.live.get(0)).toBe(true);
    // On a later page the registration did its work: the probe starts nothing twice.
    const injections = state.injected.length;
    await access.pageLoaded(tabId, FORM);
    expect(state.injected.length).toBe(injections);
  });

  it('"Always on this site" without the browser’s grant changes nothing', async () => {
    const { access, tabId, state } = await setup(JOB);
    await expect(access.always(tabId)).rejects.toThrow('did not allow');
    expect(state.registered.size).toBe(0);
    expect(state.injected).toEqual([]);
  });
});
