import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension } from './browser.ts';
import { env } from './fixtures.ts';

/**
 * For tests that launch their own browser (on one profile, more than once) rather than the
 * suite's per-test one: the extension's background, a panel pinned to a tab, and a profile whose
 * browser already granted optional host permissions.
 */

export async function backgroundOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? (await context.waitForEvent('serviceworker'));
}

export async function panelFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  // The width of a side panel.
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

export async function tabIdIn(background: Worker, url: string): Promise<number> {
  const id = await background.evaluate(async (target) => (await chrome.tabs.query({})).find((tab) => tab.url === target)?.id, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export interface GrantedProfile {
  /** Launches the extension on the profile; `hostRules` and `args` add to the suite's. */
  launch: (options?: { hostRules?: string; args?: string[] }) => Promise<BrowserContext>;
  cleanUp: () => void;
}

/**
 * A profile whose browser already granted these optional host permissions, as a user's answer to
 * the prompt would: a browser under test cannot answer a permission prompt. The grant is made
 * once, by a copy of the extension that lists the hosts as required, which is then turned back
 * into the real extension (the same path, so the same id): Chrome keeps the grant, now an
 * optional permission covered by `https://*\/*`, which the real code requests (no prompt: it is
 * granted) and may remove.
 */
export async function profileWithGrant(patterns: string[]): Promise<GrantedProfile> {
  const root = mkdtempSync(join(tmpdir(), 'jobsmith-granted-'));
  const extensionDir = join(root, 'extension');
  const profileDir = join(root, 'profile');
  cpSync(env('JOBSMITH_E2E_EXTENSION'), extensionDir, { recursive: true });
  const launch = (options: { hostRules?: string; args?: string[] } = {}) =>
    launchWithExtension({
      chromium: env('JOBSMITH_E2E_CHROMIUM'),
      extensionDir,
      profileDir,
      hostRules: [env('JOBSMITH_E2E_HOST_RULES'), options.hostRules].filter(Boolean).join(','),
      ...(options.args ? { args: options.args } : {}),
    });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = readFileSync(manifestPath, 'utf8');
  const parsed = JSON.parse(manifest) as { host_permissions: string[] };
  writeFileSync(manifestPath, JSON.stringify({ ...parsed, host_permissions: [...parsed.host_permissions, ...patterns] }));
  const context = await launch();
  await backgroundOf(context);
  await context.close();
  writeFileSync(manifestPath, manifest);
  return { launch, cleanUp: () => rmSync(root, { recursive: true, force: true }) };
}
