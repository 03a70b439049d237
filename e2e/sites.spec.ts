import type { Page } from '@playwright/test';
import { SITE_FIXTURES } from './fixtures/sites.ts';
import { expect, test } from './fixtures.ts';

const ON_KNOWN_SITES = SITE_FIXTURES.filter((f) => f.expected !== null && f.source !== 'jsonld' && f.source !== 'generic');

for (const fixture of ON_KNOWN_SITES) {
  test(`${fixture.name}: the panel shows the job read at ${new URL(fixture.url).hostname}`, async ({ openWithPanel }, testInfo) => {
    const expected = fixture.expected;
    if (!expected) throw new Error('filtered above');
    const { page, panel } = await openWithPanel(fixture.url);
    await expect(panel.getByTestId('job-title')).toHaveText(expected.title);
    await expect(panel.getByTestId('job-company')).toHaveText(expected.company);
    if (expected.location) await expect(panel.getByTestId('job-location')).toContainText(expected.location);
    if (expected.salary) await expect(panel.getByTestId('job-salary')).toBeVisible();
    if (expected.required) await expect(panel.getByTestId('job-required')).toContainText(expected.required[0] ?? '');
    await panel.screenshot({ path: testInfo.outputPath('panel.png'), fullPage: true });
    // The host page is untouched: the content script adds nothing to it.
    expect(await page.locator('[data-jobsmith], jobsmith-root').count()).toBe(0);
  });
}

test('a career page without structured data is read by the generic reader', async ({ fixtures, openWithPanel }) => {
  const { panel } = await openWithPanel(`${fixtures}/careers/line-cook`);
  await expect(panel.getByTestId('job-title')).toHaveText('Line Cook');
  await expect(panel.getByTestId('job-source')).toContainText('the page text');
});

test("a Greenhouse board embedded in a company's careers page shows in the panel", async ({ context, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto('https://www.acme-robotics.example/careers?gh_jid=4077001');
  await expect(page.frameLocator('#grnhse_iframe').locator('h1.app-title')).toHaveText('Robotics Technician');
  const panel = await openPanel(await tabIdOf(page));
  await expect(panel.getByTestId('job-title')).toHaveText('Robotics Technician');
  await expect(panel.getByTestId('job-company')).toHaveText('Acme Robotics');
});

/** Samples the panel's (title, company) while `during` runs, to catch a stale mix of two jobs. */
async function sampleWhile(panel: Page, during: () => Promise<void>): Promise<string[]> {
  const seen = new Set<string>();
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const pair = await panel.evaluate(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        return `${text('job-title')} | ${text('job-company')}`;
      });
      seen.add(pair);
      await panel.waitForTimeout(25);
    }
  })();
  await during();
  done = true;
  await sampling;
  return [...seen];
}

test('LinkedIn search: clicking another job updates the panel without a reload, never mixing the two', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('https://www.linkedin.com/jobs/search/?currentJobId=4011111111&keywords=nurse');
  await expect(panel.getByTestId('job-title')).toHaveText('Registered Nurse - ICU');

  const seen = await sampleWhile(panel, async () => {
    await page.getByText('Travel Nurse, Med-Surg').click();
    // The page takes 300 ms to render the job; the panel follows it, with no reload (how fast is
    // the capture bench's to measure: a wall-clock bound here failed by 31 ms on a loaded machine).
    await expect(panel.getByTestId('job-title')).toHaveText('Travel Nurse, Med-Surg', { timeout: 3000 });
  });
  const allowed = ['Registered Nurse - ICU | Mercy Health', 'Travel Nurse, Med-Surg | Coastal Staffing', ' | '];
  expect(seen.filter((pair) => !allowed.includes(pair))).toEqual([]);
  await expect(panel.getByTestId('job-company')).toHaveText('Coastal Staffing');
  expect(page.url()).toContain('currentJobId=4022222222');
});

test('Workday: moving to another posting in the SPA updates the panel', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel(
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Chicago-IL/Supply-Chain-Analyst_R-10234',
  );
  await expect(panel.getByTestId('job-title')).toHaveText('Supply Chain Analyst');

  const seen = await sampleWhile(panel, async () => {
    await page.locator('[data-automation-id="similarJobLink"]').click();
    await expect(panel.getByTestId('job-title')).toHaveText('Senior Buyer', { timeout: 3000 });
  });
  expect(
    seen.filter((pair) => !['Supply Chain Analyst | Acme Industrial', 'Senior Buyer | Acme Industrial', ' | '].includes(pair)),
  ).toEqual([]);
  await expect(panel.getByTestId('job-location')).toContainText('Remote, USA');
});

test('the same job saved on LinkedIn is recognised on its Greenhouse page', async ({ context, openPanel, tabIdOf }) => {
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/jobs/view/4087654321/');
  const panel = await openPanel(await tabIdOf(linkedin));
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');

  const greenhouse = await context.newPage();
  await greenhouse.goto('https://job-boards.greenhouse.io/northwind/jobs/7001234');
  const second = await openPanel(await tabIdOf(greenhouse));
  await expect(second.getByTestId('job-title')).toHaveText('Senior Data Engineer');
  await expect(second.getByTestId('job-save-state')).toHaveText('Already saved in your tracker.');
  await expect(second.getByTestId('job-save')).toBeDisabled();

  const counts = await second.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const open = indexedDB.open('jobsmith');
        open.onsuccess = () => {
          const tx = open.result.transaction(['jobs', 'applications'], 'readonly');
          const jobs = tx.objectStore('jobs').count();
          const apps = tx.objectStore('applications').count();
          tx.oncomplete = () => resolve([jobs.result, apps.result]);
        };
      }),
  );
  expect(counts).toEqual([1, 1]);
});

test('navigating the tab to another job, then to a page Jobsmith does not read, never leaves a stale job', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('https://www.linkedin.com/jobs/view/4087654321/');
  await expect(panel.getByTestId('job-title')).toHaveText('Senior Data Engineer');
  await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4011111111&keywords=nurse');
  await expect(panel.getByTestId('job-title')).toHaveText('Registered Nurse - ICU');
  // No content script runs on this host: the navigation alone must clear the panel.
  await page.goto('https://copperkettle.example/blog/how-we-hire');
  await expect(panel.getByTestId('job-none')).toBeVisible();
});

test('the user corrects what a page got wrong before saving, and the tracker keeps the correction', async ({ openWithPanel }, testInfo) => {
  const { panel } = await openWithPanel('https://www.linkedin.com/jobs/view/4087654321/');
  await panel.setViewportSize({ width: 400, height: 900 });
  await expect(panel.getByTestId('job-company')).toHaveText('Northwind Analytics');
  await panel.getByTestId('job-edit').click();
  await panel.getByTestId('job-edit-company').fill('Northwind Analytics Group');
  await panel.getByTestId('job-edit-location').fill('Remote, US');
  await panel.screenshot({ path: testInfo.outputPath('correcting.png'), fullPage: true });
  await panel.getByTestId('job-edit-apply').click();
  await expect(panel.getByTestId('job-company')).toHaveText('Northwind Analytics Group');
  await expect(panel.getByTestId('job-location')).toHaveText('Remote, US');
  await expect(panel.getByTestId('job-title')).toHaveText('Senior Data Engineer');
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toContainText('Saved');
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toContainText('Northwind Analytics Group');
});
