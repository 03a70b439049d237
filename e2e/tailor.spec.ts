import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { importTestProfile } from './test-profile.ts';

const APPLY = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply';

test('tailor a resume for the job in the tab, preview and download it, and have autofill attach it', async ({
  context,
  openPanel,
  tabIdOf,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const panel = await openPanel(await tabIdOf(page));
  await importTestProfile(panel);

  await panel.getByTestId('tab-tailor').click();
  await panel.getByTestId('tailor-resume').click();
  await expect(panel.getByTestId('tailor-title')).toContainText('Resume for Field Service Technician');
  await expect(panel.getByTestId('tailor-title')).toContainText('(v1)');
  // The preview is the PDF itself, drawn by pdfjs.
  await expect(panel.getByTestId('tailor-preview')).toHaveAttribute('data-rendered', 'true');
  // Dragging the panel wider draws the page again at the new width.
  const drawnAt = Number(await panel.getByTestId('tailor-preview').getAttribute('data-width'));
  await panel.setViewportSize({ width: 700, height: 900 });
  await expect
    .poll(async () => Number(await panel.getByTestId('tailor-preview').getAttribute('data-width')))
    .toBeGreaterThan(drawnAt + 100);
  await expect(panel.getByTestId('tailor-changes')).toBeVisible();
  await expect(panel.getByTestId('tailor-unsupported')).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath('tailor-tab.png'), fullPage: true });

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('tailor-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^Jose-Muller-Resume-.+\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.byteLength).toBeLessThan(60_000);

  await panel.getByTestId('tailor-use').click();
  await expect(panel.getByTestId('tailor-use')).toHaveText('Autofill attaches this resume');

  // A second version is kept beside the first.
  await panel.getByTestId('tailor-letter').click();
  await expect(panel.getByTestId('tailor-title')).toContainText('Cover letter for Field Service Technician');
  await expect(panel.getByTestId('tailor-version')).toHaveCount(2);

  await panel.getByTestId('tab-apply').click();
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  const attached = await page.locator('input[name="resume"]').evaluate((el) => {
    const file = (el as HTMLInputElement).files?.[0];
    return file ? { name: file.name, size: file.size } : null;
  });
  expect(attached?.name).toBe(download.suggestedFilename());
  expect(attached?.size).toBe(pdf.byteLength);

  // Sent with the form: the tracker names the tailored version.
  await page.getByLabel('Yes').nth(2).check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-resume')).toHaveText(/Sent Resume for Field Service Technician .*\(v1\)/);
});

test('the Tailor tab says what it needs first', async ({ context, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const panel = await openPanel(await tabIdOf(page));
  await panel.getByTestId('tab-tailor').click();
  await expect(panel.getByTestId('tailor-no-profile')).toContainText('Import your resume');
});

test('signed in, the cover letter is written by the worker’s model, streams into the panel, and is checked', async ({
  context,
  apiUrl,
  openPanel,
  tabIdOf,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const panel = await openPanel(await tabIdOf(page));
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('settings-api-url').fill(apiUrl);
  await panel.getByTestId('settings-api-url-save').click();
  await panel.getByTestId('auth-email').fill(`tailor-${Date.now()}@example.com`);
  await panel.getByTestId('auth-password').fill('correct horse battery');
  await panel.getByTestId('auth-signup').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  await importTestProfile(panel);

  await panel.getByTestId('tab-tailor').click();
  await expect(panel.getByTestId('tailor-writer')).toHaveValue('ai');
  await panel.getByTestId('tailor-letter').click();
  // The words arrive while the model writes (the fake sends a few every 30 ms).
  await expect(panel.getByTestId('tailor-stream')).toContainText('Dear Harbor Robotics hiring team,');
  // Until the check has run, the streamed words are shown as a draft being written, not as the letter.
  await expect(panel.getByTestId('tailor-stream')).toContainText('checked against your profile before it is final');
  await expect(panel.getByTestId('tailor-title')).toContainText('Cover letter for Field Service Technician');
  await expect(panel.getByTestId('tailor-writer-used')).toContainText('Written by Claude (claude-');
  await expect(panel.getByTestId('tailor-unsupported')).toHaveCount(0);
  await expect(panel.getByTestId('tailor-preview')).toHaveAttribute('data-rendered', 'true');
  await panel.screenshot({ path: testInfo.outputPath('ai-letter.png'), fullPage: true });

  // The fake's resume draft names an employer the profile never had: the check refuses it, the
  // resume is made offline, and the panel says which writer made it and what the draft claimed.
  await panel.getByTestId('tailor-resume').click();
  await expect(panel.getByTestId('tailor-title')).toContainText('Resume for Field Service Technician');
  await expect(panel.getByTestId('tailor-refused')).toContainText('Claude (claude-');
  await expect(panel.getByTestId('tailor-notice')).toHaveCount(0);
  await expect(panel.getByTestId('tailor-refused')).toContainText('Employer: “Deloitte” (summary)');
  await expect(panel.getByTestId('tailor-writer-used')).toContainText("Written by Jobsmith's offline writer");
  await panel.screenshot({ path: testInfo.outputPath('refused-resume.png'), fullPage: true });
});
