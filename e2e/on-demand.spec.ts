import type { BrowserContext, Page, Worker } from '@playwright/test';
import { ON_DEMAND_PAGES } from './fixtures/site-server.ts';
import { expect, test } from './fixtures.ts';
import { backgroundOf, panelFor, profileWithGrant, tabIdIn } from './own-browser.ts';
import { importTestProfile } from './test-profile.ts';

const [JOB, FORM] = ON_DEMAND_PAGES.map((page) => page.url) as [string, string];
const SITE = 'https://careers.northwind-example.com';
const PATTERN = `${SITE}/*`;

/**
 * The user's click on the toolbar button, as Chrome delivers it (CDP's Extensions.triggerAction,
 * a browser-level command): it grants activeTab for the tab, which no test could grant otherwise.
 */
async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string) {
  const browser = context.browser();
  if (!browser) throw new Error('the persistent context has no browser to send the click through');
  // The button acts on its window's active tab, as for a user looking at the page.
  await page.bringToFront();
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target shows ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * Tags the readers running in the tab's top frame (their WXT contexts, on the isolated world), or
 * tells whether the tagged ones still run: a second injection would have replaced them.
 */
function readersTag(background: Worker, tabId: number, mode: 'tag' | 'check'): Promise<boolean> {
  return background.evaluate(
    async ([id, tag]) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: id },
        args: [tag],
        func: (tagNow: boolean) => {
          const readers = (globalThis as unknown as Record<string, Record<string, { isValid: boolean; tagged?: boolean }>>)
            .__jobsmithReaders;
          const running = [readers?.job, readers?.autofill];
          if (tagNow) for (const ctx of running) if (ctx) ctx.tagged = true;
          return running.every((ctx) => ctx?.isValid && ctx.tagged === true);
        },
      });
      return frame?.result === true;
    },
    [tabId, mode === 'tag'] as const,
  );
}

test('on a site the manifest does not list, the panel says so, and the toolbar click reads the job and fills its form', async ({
  context,
  background,
  extensionId,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(JOB);
  const panel = await panelFor(context, extensionId, await tabIdIn(background, JOB));

  // (a) Nothing is read without the user: the panel says why and offers the click.
  const none = panel.getByTestId('job-none');
  await expect(none).toHaveAttribute('data-access', 'not-read');
  await expect(panel.getByTestId('access-reason')).toHaveText('Jobsmith reads careers.northwind-example.com only when you ask.');
  await expect(panel.getByTestId('access-always')).toBeVisible();
  expect(await page.locator('jobsmith-autofill').count()).toBe(0);
  await panel.screenshot({ path: testInfo.outputPath('job-not-read.png') });

  // The panel's own button grants nothing: before any click on the browser's side, it explains.
  await panel.getByTestId('access-read').click();
  await expect(panel.getByTestId('access-error')).toContainText('only right after you ask: click its toolbar button');

  // (b) The toolbar button: activeTab, and the background injects the readers.
  await clickToolbarButton(context, page, extensionId);
  await expect(panel.getByTestId('job-title')).toHaveText('Prep Cook');
  await expect(panel.getByTestId('job-company')).toHaveText('Northwind Kitchens');
  await expect(panel.getByTestId('job-source')).toContainText('the page text');
  await panel.screenshot({ path: testInfo.outputPath('job-read-on-demand.png'), fullPage: true });

  // The application form, the next page of the same site: read again without another click.
  await importTestProfile(panel);
  await page.getByRole('link', { name: 'Apply now' }).click();
  await page.waitForURL(FORM);
  await expect(page.locator('jobsmith-autofill')).toHaveCount(1);
  await panel.getByTestId('tab-apply').click();
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  expect(await page.locator('#first').inputValue()).toBe('José');
  expect(await page.locator('#last').inputValue()).toBe('Müller');
  expect(await page.locator('#email').inputValue()).toBe('jose.muller@example.com');
  // Nothing was sent: filling is not applying.
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toEqual([]);

  // A second toolbar click leaves the running readers be: not doubled, not restarted.
  const tabId = await tabIdIn(background, FORM);
  expect(await readersTag(background, tabId, 'tag')).toBe(true);
  await clickToolbarButton(context, page, extensionId);
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  expect(await readersTag(background, tabId, 'check')).toBe(true);
  await expect(page.locator('jobsmith-autofill')).toHaveCount(1);
});

test('browser pages are named as such, not offered a click', async ({ context, background, extensionId }) => {
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const panel = await panelFor(context, extensionId, await tabIdIn(background, 'chrome://version/'));
  await expect(panel.getByTestId('job-none')).toHaveAttribute('data-access', 'browser-page');
  await expect(panel.getByTestId('job-none')).toContainText('Browser pages (chrome://, the Web Store) cannot be read.');
  await expect(panel.getByTestId('access-read')).toHaveCount(0);
});

// biome-ignore lint/correctness/noEmptyPattern: this test launches its own browser, on one profile twice.
test('"Always on this site" reads the site without a click, also after a browser restart, until removed in Settings', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { launch, cleanUp } = await profileWithGrant([PATTERN]);
  try {
    let context = await launch();
    let background = await backgroundOf(context);
    const extensionId = new URL(background.url()).host;
    // The grant alone reads nothing: the user has not chosen the site.
    expect(await background.evaluate((origins) => chrome.permissions.contains({ origins }), [PATTERN])).toBe(true);
    let page = await context.newPage();
    await page.goto(JOB);
    let panel = await panelFor(context, extensionId, await tabIdIn(background, JOB));
    await expect(panel.getByTestId('job-none')).toHaveAttribute('data-access', 'not-read');

    // (c) One click: the permission request (granted already, so no prompt) and the registration.
    await panel.getByTestId('access-always').click();
    await expect(panel.getByTestId('job-title')).toHaveText('Prep Cook');
    await expect(panel.getByTestId('access-always')).toHaveCount(0);
    expect(await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toMatchObject([
      { id: `always:${SITE}`, matches: [PATTERN], js: ['content-scripts/job.js', 'content-scripts/autofill.js'], allFrames: true },
    ]);
    await panel.getByTestId('tab-settings').click();
    await expect(panel.getByTestId('allowed-site')).toHaveText([`${SITE}Remove`]);
    await panel.getByTestId('allowed-sites').scrollIntoViewIfNeeded();
    await panel.getByTestId('allowed-sites').screenshot({ path: testInfo.outputPath('settings-allowed-sites.png') });
    await panel.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });
    await context.close();

    // The browser restarts: the site is read as the page loads, with no click.
    context = await launch();
    background = await backgroundOf(context);
    page = await context.newPage();
    await page.goto(JOB);
    panel = await panelFor(context, extensionId, await tabIdIn(background, JOB));
    await expect(panel.getByTestId('job-title')).toHaveText('Prep Cook');
    await page.goto(FORM);
    await expect(page.locator('jobsmith-autofill')).toHaveCount(1);

    // (d) Remove in Settings: the registration and the permission are gone, and so is the reading.
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('allowed-site').getByRole('button', { name: 'Remove' }).click();
    await expect(panel.getByTestId('allowed-sites-none')).toBeVisible();
    expect(await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await background.evaluate((origins) => chrome.permissions.contains({ origins }), [PATTERN])).toBe(false);
    await page.goto(JOB);
    await panel.getByTestId('tab-job').click();
    await expect(panel.getByTestId('job-none')).toHaveAttribute('data-access', 'not-read');
    expect(await page.locator('jobsmith-autofill').count()).toBe(0);
    await context.close();
  } finally {
    cleanUp();
  }
});
