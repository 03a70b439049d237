import type { Page } from '@playwright/test';
import { hostilePages } from './fixtures/hostile-pages.ts';
import { expect, test } from './fixtures.ts';

/**
 * Pages built to hurt a reader: 5 MB of text, 50,000 nodes that keep changing, broken JSON-LD,
 * iframes nested deep. The extension must not throw into them, must not stall them, and must
 * show a job where there is one. (How long its work on them takes is measured by the bench.)
 */
async function pageStillWorks(page: Page) {
  const before = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  await page.getByRole('button', { name: 'Count' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks)).toBeGreaterThan(before);
  await expect(page.getByTestId('clicks')).toHaveText('1');
}

for (const hostile of hostilePages()) {
  test(`hostile page: ${hostile.name}`, async ({ context, openPanel, tabIdOf }) => {
    const errors: string[] = [];
    await context.route(hostile.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostile.html() }));
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostile.url);
    const panel = await openPanel(await tabIdOf(page));
    if (hostile.title) await expect(panel.getByTestId('job-title')).toHaveText(hostile.title, { timeout: 20_000 });
    else await expect(panel.getByTestId('job-none')).toBeVisible({ timeout: 20_000 });
    // A few settle rounds of the content script while the page keeps changing.
    await page.waitForTimeout(1500);
    await pageStillWorks(page);
    expect(errors).toEqual([]);
  });
}
