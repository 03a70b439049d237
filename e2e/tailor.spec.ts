import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfLines } from '../extension/tailor/test-pdf-lines.ts';
import { expect, test } from './fixtures.ts';
import { importTestProfile, runAutofill } from './test-profile.ts';

const APPLY = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply';

/** The test profile imported, and a resume tailored to the job in the panel's tab. */
async function tailorResume(panel: Page) {
  await importTestProfile(panel);
  await panel.getByTestId('tab-tailor').click();
  await panel.getByTestId('tailor-resume').click();
}

test('tailor a resume for the job in the tab, preview and download it, and have autofill attach it', async ({
  openWithPanel,
}, testInfo) => {
  const { page, panel } = await openWithPanel(APPLY);
  await tailorResume(panel);
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

  await runAutofill(panel);
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

test('the user edits the tailored resume: an invented figure is flagged but kept, Skills moves below Experience, and the download is what they made', async ({
  openWithPanel,
}, testInfo) => {
  const { panel } = await openWithPanel(APPLY);
  await panel.setViewportSize({ width: 400, height: 900 });
  await tailorResume(panel);
  await expect(panel.getByTestId('tailor-preview')).toHaveAttribute('data-rendered', 'true');
  await expect(panel.getByTestId('tailor-writer-used')).not.toContainText('edited by you');

  await panel.getByTestId('tailor-edit').click();
  const bullet = panel.getByRole('textbox', { name: 'Bullet 2, Senior Accountant, Bluebird Foods' });
  const edited = `${await bullet.inputValue()}, saving $250,000 a year`;
  await bullet.fill(edited);
  // The check runs on what the user typed: the figure is marked under its bullet, and nothing is blocked.
  const flag = panel.getByTestId('tailor-flags');
  await expect(flag).toHaveText('Not in your profile: Number “$250,000”');
  await expect(bullet).toHaveAccessibleDescription('Not in your profile: Number “$250,000”');
  await expect(panel.getByTestId('tailor-edit-status')).toHaveText('1 thing marked below is not in your profile: check before sending.');

  // Skills moves below Experience with the keyboard; the focus stays on the button.
  const down = panel.getByRole('button', { name: 'Move Skills down' });
  await down.focus();
  await panel.keyboard.press('Enter');
  await expect(down).toBeFocused();
  await expect(panel.locator('.edit-section-head h4')).toHaveText([
    'Summary',
    'Experience',
    'Skills',
    'Education',
    'Certifications',
    'Languages',
  ]);
  await expect(panel.getByTestId('tailor-writer-used')).toContainText(', edited by you');
  await expect(panel.getByTestId('tailor-updating')).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath('edit-mode.png'), fullPage: true });

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('tailor-download').click()]);
  const { lines, text } = await pdfLines(new Uint8Array(readFileSync(await download.path())));
  expect(text.replace(/\s+/g, ' ')).toContain(edited);
  const at = (heading: string) => lines.indexOf(heading);
  expect(at('SUMMARY')).toBeGreaterThan(0);
  expect(at('SUMMARY')).toBeLessThan(at('EXPERIENCE'));
  expect(at('EXPERIENCE')).toBeLessThan(at('SKILLS'));
  expect(at('SKILLS')).toBeLessThan(at('EDUCATION'));
  // What was downloaded is kept as a version of its own, beside the draft.
  await expect(panel.getByTestId('tailor-title')).toContainText('(v2, edited)');
  await expect(panel.getByTestId('tailor-version')).toHaveCount(2);

  // Out of edit mode the warning stays with the document.
  await panel.getByTestId('tailor-edit').click();
  await expect(panel.getByTestId('tailor-unsupported')).toContainText('Number: “$250,000” (Bluebird Foods, bullet 2)');

  // Reset to the draft: the writer's text and order again, nothing flagged.
  await panel.getByTestId('tailor-edit').click();
  await panel.getByTestId('tailor-reset').click();
  await expect(bullet).not.toHaveValue(edited);
  await expect(panel.getByTestId('tailor-flags')).toHaveCount(0);
  await expect(panel.locator('.edit-section-head h4').nth(1)).toHaveText('Skills');
  await expect(panel.getByTestId('tailor-writer-used')).not.toContainText('edited by you');
  await expect(panel.getByTestId('tailor-title')).toContainText('(v1)');
});

test('the Tailor tab says what it needs first', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel(APPLY);
  await panel.getByTestId('tab-tailor').click();
  await expect(panel.getByTestId('tailor-no-profile')).toContainText('Import your resume');
});

test('signed in, the cover letter is written by the worker’s model, streams into the panel, and is checked', async ({
  apiUrl,
  openWithPanel,
}, testInfo) => {
  const { panel } = await openWithPanel(APPLY);
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

test('edits not saved yet survive closing the panel: the document opens again with them', async ({ context, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const tabId = await tabIdOf(page);
  let panel = await openPanel(tabId);
  await tailorResume(panel);
  await expect(panel.getByTestId('tailor-preview')).toHaveAttribute('data-rendered', 'true');
  await panel.getByTestId('tailor-edit').click();
  const bulletName = 'Bullet 2, Senior Accountant, Bluebird Foods';
  const edited = `${await panel.getByRole('textbox', { name: bulletName }).inputValue()}, in half the time`;
  await panel.getByRole('textbox', { name: bulletName }).fill(edited);
  await expect(panel.getByTestId('tailor-writer-used')).toContainText(', edited by you');
  await panel.close();

  panel = await openPanel(tabId);
  await panel.getByTestId('tab-tailor').click();
  await expect(panel.getByTestId('tailor-notice')).toHaveText('Your unsaved edits are back.');
  await expect(panel.getByRole('textbox', { name: bulletName })).toHaveValue(edited);
  // Saved as a version (downloaded), they are no longer "unsaved": the next visit opens nothing by itself.
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('tailor-download').click()]);
  expect((await pdfLines(new Uint8Array(readFileSync(await download.path())))).text.replace(/\s+/g, ' ')).toContain(edited);
  await expect(panel.getByTestId('tailor-title')).toContainText('(v2, edited)');
  await panel.close();
  panel = await openPanel(tabId);
  await panel.getByTestId('tab-tailor').click();
  await expect(panel.getByTestId('tailor-version')).toHaveCount(2);
  await expect(panel.getByTestId('tailor-notice')).toHaveCount(0);
});
