import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGrants } from './grants.ts';
import { READER_FILES } from './readers.ts';
import { fakePermissions, fakeScripting } from './test-fakes.ts';

const SITE = 'https://careers.northwind-example.com';
const PATTERN = `${SITE}/*`;

/** A background start: its grants module over the browser's lasting state (permissions, registrations, storage). */
function start(permissions = fakePermissions(), scripting = fakeScripting()) {
  const grants = createGrants({ permissions: permissions.api, scripting: scripting.scripting, storage: fakeBrowser.storage.local });
  return { grants, permissions, scripting };
}

describe('"Always on this site"', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the readers for a site the browser granted, on every page of it and in every frame', async () => {
    const { grants, scripting } = start(fakePermissions([PATTERN]));
    expect(await grants.add(SITE)).toEqual([SITE]);
    expect(Object.fromEntries(scripting.state.registered)).toEqual({
      [`always:${SITE}`]: { matches: [PATTERN], js: READER_FILES, allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    });
    expect(await grants.sites()).toEqual([SITE]);
  });

  it('refuses a site the user did not grant in the prompt, and registers nothing', async () => {
    const { grants, scripting } = start(fakePermissions([]));
    await expect(grants.add(SITE)).rejects.toThrow(`did not allow Jobsmith on ${SITE}`);
    expect(scripting.state.registered.size).toBe(0);
    expect(await grants.sites()).toEqual([]);
  });

  it('a grant alone (from the browser’s own menu) is not a choice: nothing is registered for it', async () => {
    const { grants, scripting } = start(fakePermissions([PATTERN]));
    expect(await grants.sync()).toEqual([]);
    expect(scripting.state.registered.size).toBe(0);
  });

  it('Remove unregisters the readers and gives the permission back', async () => {
    const { grants, scripting, permissions } = start(fakePermissions([PATTERN, 'https://other.example/*']));
    await grants.add(SITE);
    await grants.add('https://other.example');
    expect(await grants.remove(SITE)).toEqual(['https://other.example']);
    expect([...scripting.state.registered.keys()]).toEqual(['always:https://other.example']);
    expect(permissions.removed).toEqual([[PATTERN]]);
    expect(permissions.origins.has(PATTERN)).toBe(false);
    expect(await grants.sites()).toEqual(['https://other.example']);
  });

  it('a grant revoked in the browser’s settings drops the choice and its registration at the next sync', async () => {
    const { grants, scripting, permissions } = start(fakePermissions([PATTERN]));
    await grants.add(SITE);
    // The browser fires permissions.onRemoved; the background syncs.
    permissions.origins.delete(PATTERN);
    expect(await grants.sync()).toEqual([]);
    expect(scripting.state.registered.size).toBe(0);
    // Granting it again later (the browser's menu) does not bring the old choice back.
    permissions.origins.add(PATTERN);
    expect(await grants.sites()).toEqual([]);
  });

  it('on a background start, registrations a browser did not keep are made again, and stale ones go', async () => {
    const permissions = fakePermissions([PATTERN]);
    const before = start(permissions);
    await before.grants.add(SITE);

    // Firefox restarted without the registration, and an old one for a site no longer chosen survived.
    const scripting = fakeScripting();
    scripting.state.registered.set('always:https://gone.example', { matches: [], js: [], allFrames: true, persistAcrossSessions: true });
    scripting.state.registered.set('someone-else', { matches: [], js: [], allFrames: false, persistAcrossSessions: true });
    const after = start(permissions, scripting);
    expect(await after.grants.sync()).toEqual([SITE]);
    expect([...scripting.state.registered.keys()].sort()).toEqual([`always:${SITE}`, 'someone-else']);
  });

  it('changes run one at a time: a start-up sync racing a new choice registers each site once', async () => {
    const { grants, scripting } = start(fakePermissions([PATTERN]));
    await Promise.all([grants.add(SITE), grants.sync(), grants.sync(), grants.add(SITE)]);
    expect([...scripting.state.registered.keys()]).toEqual([`always:${SITE}`]);
  });
});
