import { writeFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { ElementHandle } from 'puppeteer-core';
import { singleColumnResume } from '../extension/profile/test-resumes.ts';
import { buildExtension, ROOT } from '../scripts/lib/processes.ts';
import { type FirefoxWithExtension, findFirefox, inputValue, launchFirefoxWithExtension, testId, textOf, typeInto } from './firefox.ts';
import { FORM_FIXTURES, filledValues } from './fixtures/forms.ts';
import { SITE_FIXTURES } from './fixtures/sites.ts';
import { env } from './fixtures.ts';

/**
 * Firefox is tested, not assumed: the Firefox build (what `npm run build` makes for AMO) in
 * Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core, against the same HTTPS
 * fixture server under real site hosts as the Chromium suite. A smoke run: one job read, one
 * profile imported, one form filled; the Chromium specs cover the rest of each feature.
 */
const JOB = SITE_FIXTURES.find((f) => f.name === 'Greenhouse new board');
const FORM = FORM_FIXTURES.find((f) => f.name === 'Greenhouse (new board) application form');

// Test-scoped: Firefox closes when the test ends, not with the worker after the rest of the suite.
const test = base.extend<{ firefox: FirefoxWithExtension }>({
  firefox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
    async ({}, use) => {
      const executable = findFirefox();
      buildExtension('-b', 'firefox');
      const firefox = await launchFirefoxWithExtension({
        firefox: executable,
        extensionDir: `${ROOT}/.output/firefox-mv2`,
        hosts: env('JOBSMITH_E2E_SITE_HOSTS').split(','),
        sitePort: Number(env('JOBSMITH_E2E_SITE_PORT')),
      });
      await use(firefox);
      await firefox.browser.close();
    },
    // Its own time limit: building the add-on takes most of this run's time.
    { timeout: 120_000 },
  ],
});

// A flake seen under the full suite's load only (the spec passes alone): in stop 25 the first
// attempt failed in three full runs out of three, twice with the Greenhouse school search left
// empty (the fill gave a server-backed search 1.5 s to answer, then cleared the field), once with
// a BiDi evaluation meeting the panel document being replaced (now polled by hand, e2e/firefox.ts).
// The fill now waits up to 5 s for the answer itself (extension/dom/fill-combobox.ts), and the
// next full run passed first time. One retry stays until more full runs confirm it; a real
// breakage still fails twice and stays red, and Playwright reports a retried pass as flaky.
test.describe.configure({ retries: 1 });

test('Firefox: the add-on reads a Greenhouse job into its panel, imports a resume, tailors it and fills the application form', async ({
  firefox,
}, testInfo) => {
  if (!JOB?.expected || !FORM) throw new Error('the Greenhouse fixtures this test names were renamed');
  const { browser, openPanel } = firefox;

  // The job page's content script reads it, and the panel pinned to its tab shows it.
  const jobPage = await browser.newPage();
  await jobPage.goto(JOB.url);
  const panel = await openPanel(jobPage);
  await expect.poll(() => textOf(panel, 'job-title')).toBe(JOB.expected.title);
  await expect.poll(() => textOf(panel, 'job-company')).toBe(JOB.expected.company);
  await panel.screenshot({ path: testInfo.outputPath('panel-job.png'), fullPage: true });

  // The test profile, imported through the Profile tab as e2e/test-profile.ts does in Chromium.
  await panel.locator(testId('tab-profile')).click();
  const resume = testInfo.outputPath('jose-muller.pdf');
  writeFileSync(resume, await singleColumnResume());
  const upload = (await panel.waitForSelector(testId('profile-import'))) as ElementHandle<HTMLInputElement> | null;
  await upload?.uploadFile(resume);
  await expect.poll(() => inputValue(panel, 'profile-first-name'), { timeout: 15_000 }).toBe('José');
  await typeInto(panel, 'profile-work-country', 'US');
  await panel.locator(testId('profile-save')).click();
  await expect.poll(() => textOf(panel, 'profile-name')).toBe('José Müller');

  // A tailored resume: Firefox runs pdf-lib, fontkit and pdf.js (the preview) as Chromium does.
  await panel.locator(testId('tab-tailor')).click();
  await panel.locator(testId('tailor-resume')).click();
  await panel.waitForSelector(`${testId('tailor-preview')}[data-rendered="true"]`, { timeout: 15_000 });
  await expect.poll(() => textOf(panel, 'tailor-title')).toContain('(v1)');
  await panel.screenshot({ path: testInfo.outputPath('panel-tailor.png'), fullPage: true });

  // The application form (Greenhouse's React app), filled from the panel's Apply tab.
  const form = await browser.newPage();
  await form.goto(FORM.url);
  await form.waitForSelector(FORM.ready);
  const formPanel = await openPanel(form);
  await formPanel.locator(testId('tab-apply')).click();
  await formPanel.locator(testId('autofill-run')).click();
  await formPanel.waitForSelector(testId('autofill-report'), { timeout: 15_000 });
  // Taken before the checks, so a failure shows what the user saw.
  await form.screenshot({ path: testInfo.outputPath('filled-form.png'), fullPage: true });
  await formPanel.screenshot({ path: testInfo.outputPath('report.png'), fullPage: true });

  // What the user sees in the fields, and what the form's own code would submit.
  expect(await form.$eval('#first_name', (el) => (el as HTMLInputElement).value)).toBe('José');
  expect(await form.$eval('#email', (el) => (el as HTMLInputElement).value)).toBe('jose.muller@example.com');
  const actual = (await form.evaluate(`(() => { ${FORM.read} })()`)) as Record<string, unknown>;
  expect(filledValues(FORM, actual)).toEqual(FORM.expected);
  expect(await form.evaluate(() => (window as unknown as { __submissions?: unknown[] }).__submissions ?? [])).toEqual([]);
  // The panel's report: nothing failed, and the questions left to the user are named.
  expect(await formPanel.$$(testId('autofill-failed'))).toHaveLength(0);
  for (const question of FORM.needsYou ?? []) expect(await textOf(formPanel, 'autofill-needs-you')).toContain(question);
});
