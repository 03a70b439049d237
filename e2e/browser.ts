import { type BrowserContext, chromium } from '@playwright/test';

/** Chromium with the built extension loaded, headless, as the e2e suite and the benchmarks use it. */
export async function launchWithExtension(options: {
  chromium: string;
  extensionDir: string;
  profileDir: string;
  hostRules: string;
  /** More command-line switches. */
  args?: string[];
}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.chromium,
    headless: true,
    // The fixture server's certificate is self-signed for the real host names it serves.
    ignoreHTTPSErrors: true,
    viewport: { width: 420, height: 900 },
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${options.hostRules}`,
      ...(options.args ?? []),
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
