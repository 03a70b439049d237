import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * The Firefox the smoke test drives: JOBSMITH_FIREFOX, or Debian's firefox-esr (or firefox).
 * Never a silent skip: without one the test fails saying how to fix it.
 */
export function findFirefox(): string {
  const fromEnv = process.env.JOBSMITH_FIREFOX;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`JOBSMITH_FIREFOX=${fromEnv} does not exist. Point it at a Firefox binary (138 or newer), or unset it.`);
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found for the e2e suite. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) ' +
      'or set JOBSMITH_FIREFOX=/path/to/firefox (138 or newer: it installs the add-on over WebDriver BiDi).',
  );
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens the panel page pinned to the tab showing `page`, as the Chromium suite's openPanel does. */
  openPanel: (page: Page) => Promise<Page>;
}

/**
 * Headless Firefox on a fresh temporary profile (puppeteer makes it and removes it on close),
 * driven over WebDriver BiDi, with the built add-on at `extensionDir` installed temporarily,
 * as about:debugging would.
 */
export async function launchFirefoxWithExtension(options: {
  firefox: string;
  extensionDir: string;
  /** The real site hosts the HTTPS fixture server answers for, on 127.0.0.1:sitePort. */
  hosts: string[];
  sitePort: number;
}): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(`${options.extensionDir}/manifest.json`, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each install a random moz-extension:// host; this pref fixes it beforehand.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: options.firefox,
    headless: true,
    // The fixture server's certificate is self-signed for the real host names it serves.
    acceptInsecureCerts: true,
    // WebDriver BiDi navigates only to http(s), file and blob addresses unless this flag is given:
    // the panel is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox has no --host-resolver-rules. Instead the site hosts resolve to loopback
      // (localDomains), and every connection to port 443 goes to the fixture server's port
      // (forcePort, Firefox's own test pref; this browser visits no other https host).
      // A proxy (PAC + CONNECT) would do the same with one more server to run.
      'network.dns.localDomains': options.hosts.join(','),
      'network.socket.forcePort': `443=${options.sitePort}`,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }

  /** Loads the extension's `path` in `page`, resolved once its document is there and rendered. */
  const show = async (page: Page, path: string) => {
    const url = `moz-extension://${uuid}/${path}`;
    // Firefox (ESR 153) reports the load of an extension page to BiDi without the navigation
    // events puppeteer waits for, so goto() never resolves here: it is started, and the page's
    // own address and content say when it is done.
    void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
    // Polled by hand: an evaluation that meets the document being replaced fails with a protocol
    // error (seen once in a full run), which would end waitForFunction instead of asking again.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page
        .evaluate((target) => location.href === target && document.querySelector('[role="tablist"]') !== null, url)
        .catch(() => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`${url} did not render within 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const openPanel = async (page: Page) => {
    const panel = await browser.newPage();
    await panel.setViewport({ width: 420, height: 900 });
    // The tab's id is the WebExtension one, which only an extension page can look up.
    await show(panel, 'sidepanel.html');
    const tabId = await panel.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id ?? null;
    }, page.url());
    if (tabId === null) throw new Error(`no tab shows ${page.url()}`);
    await show(panel, `sidepanel.html?tabId=${tabId}`);
    return panel;
  };

  return { browser, openPanel };
}

/** The CSS selector of a `data-testid`, as Playwright's getByTestId finds it. */
export const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * Types `text` over the value of the panel's input `id`. BiDi key actions type into web pages
 * but leave an extension page's inputs empty (Firefox ESR 153), so the text goes in through
 * the editor's insertText command, which fires the same beforeinput/input events as typing.
 */
export async function typeInto(panel: Page, id: string, text: string): Promise<void> {
  const input = await panel.waitForSelector(testId(id));
  await input?.evaluate((el, value) => {
    (el as HTMLInputElement).select();
    document.execCommand('insertText', false, value);
  }, text);
}

/** The text of the panel element `id` (null while it is not there). */
export const textOf = (panel: Page, id: string) => panel.$eval(testId(id), (el) => el.textContent).catch(() => null);

/** The value of the panel input `id` (null while it is not there). */
export const inputValue = (panel: Page, id: string) => panel.$eval(testId(id), (el) => (el as HTMLInputElement).value).catch(() => null);
