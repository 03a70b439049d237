import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/browser.ts';
import { findChromium } from '../e2e/chromium.ts';
import { startFixtureServer } from '../e2e/fixtures/server.ts';
import { startSiteServer } from '../e2e/fixtures/site-server.ts';
import { freePort, ROOT } from '../scripts/lib/processes.ts';

export interface FixtureBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Origin of the plain fixture server (in-house pages on hosts no adapter knows). */
  fixtures: string;
  /** The browser's tab id for the tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
}

/**
 * Chromium with the e2e build of the extension, reaching every fixture host at a local HTTPS
 * fixture server, for the length of `run`; everything is torn down afterwards.
 */
export async function withFixtureBrowser<T>(run: (browser: FixtureBrowser) => Promise<T>): Promise<T> {
  const port = await freePort();
  const sites = await startSiteServer(port);
  const fixtures = await startFixtureServer(await freePort());
  const profile = mkdtempSync(join(tmpdir(), 'jobsmith-bench-'));
  const context = await launchWithExtension({
    chromium: findChromium(),
    extensionDir: join(ROOT, '.output/chrome-mv3-e2e'),
    profileDir: profile,
    hostRules: sites.hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(','),
  });
  try {
    const tabIdOf = async (page: Page) =>
      (await context
        .serviceWorkers()[0]
        ?.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url())) ?? -1;
    return await run({ context, extensionId: await extensionIdOf(context), fixtures: fixtures.origin, tabIdOf });
  } finally {
    await context.close();
    await sites.close();
    await fixtures.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
