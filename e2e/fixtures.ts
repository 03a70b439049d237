import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import postgres from 'postgres';
import { launchWithExtension } from './browser.ts';

export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through playwright with e2e/global-setup.ts`);
  return value;
}

/** Opens `url` in a new tab, waits for `ready` (a selector) to show if given, then opens the side panel pinned to that tab. */
export type OpenWithPanel = (url: string, ready?: string) => Promise<{ page: Page; panel: Page }>;

interface Fixtures {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  apiUrl: string;
  fixtures: string;
  /** Runs one query on a connection of its own, closed right after, so the worker is never starved of connections. */
  query: <T extends postgres.Row>(text: string, params?: postgres.ParameterOrJSON<never>[]) => Promise<T[]>;
  /** Opens the side panel pinned to `tabId`, as Chrome would show it next to that tab. */
  openPanel: (tabId: number) => Promise<Page>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
  openWithPanel: OpenWithPanel;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
  context: async ({}, use) => {
    const extension = env('JOBSMITH_E2E_EXTENSION');
    const profile = mkdtempSync(join(tmpdir(), 'jobsmith-e2e-'));
    const context = await launchWithExtension({
      chromium: env('JOBSMITH_E2E_CHROMIUM'),
      extensionDir: extension,
      profileDir: profile,
      hostRules: env('JOBSMITH_E2E_HOST_RULES'),
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    const worker =
      context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  apiUrl: async ({}, use) => use(env('JOBSMITH_E2E_API_URL')),
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  fixtures: async ({}, use) => use(env('JOBSMITH_E2E_FIXTURES')),
  // biome-ignore lint/correctness/noEmptyPattern: see above.
  query: async ({}, use) => {
    await use(async <T extends postgres.Row>(text: string, params: postgres.ParameterOrJSON<never>[] = []) => {
      const sql = postgres(env('JOBSMITH_E2E_DATABASE_URL'), { max: 1, onnotice: () => {} });
      try {
        return (await sql.unsafe(text, params)) as unknown as T[];
      } finally {
        await sql.end({ timeout: 5 });
      }
    });
  },
  openPanel: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
  tabIdOf: async ({ background }, use) => {
    await use(async (page) => {
      const url = page.url();
      const id = await background.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    });
  },
  openWithPanel: async ({ context, openPanel, tabIdOf }, use) => {
    await use(async (url, ready) => {
      const page = await context.newPage();
      await page.goto(url);
      if (ready) await base.expect(page.locator(ready)).toBeVisible();
      return { page, panel: await openPanel(await tabIdOf(page)) };
    });
  },
});

export const expect = test.expect;
