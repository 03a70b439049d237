import { expect, test } from './fixtures.ts';
import { importTestProfile } from './test-profile.ts';

const APPLY = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply';

/**
 * A new user's first minutes, as the panel leads them: drop the resume, check it, open a job,
 * see the score, tailor the resume, fill the application. Every step starts from what the panel
 * itself says to do next.
 */
test('first run: from an empty profile to a filled application form', async ({ context, fixtures, openPanel, tabIdOf }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`${fixtures}/about`);
  const panel = await openPanel(await tabIdOf(page));

  // 1. The first thing the panel asks for is the resume.
  await expect(panel.getByTestId('first-run')).toContainText('Import your resume');
  await panel.screenshot({ path: testInfo.outputPath('first-run.png'), fullPage: true });
  await panel.getByTestId('tab-apply').click();
  await expect(panel.getByTestId('autofill-run')).toBeDisabled();
  await expect(panel.getByTestId('autofill-no-profile')).toContainText('import your resume');
  await panel.getByTestId('tab-job').click();
  await panel.getByTestId('first-run-import').click();

  // 2. The button led to the Profile tab: import, review and save.
  await expect(panel.getByTestId('tab-profile')).toHaveAttribute('aria-selected', 'true');
  await importTestProfile(panel);

  // 3. Open a job: the score and why.
  await page.goto(APPLY);
  await panel.getByTestId('tab-job').click();
  await expect(panel.getByTestId('job-title')).toContainText('Field Service Technician');
  await expect(panel.getByTestId('first-run')).toHaveCount(0);
  await expect(panel.getByTestId('match-score')).toHaveText(/^\d+$/);
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-open-tracker')).toBeVisible();

  // 4. Tailor the resume and make it the one autofill attaches.
  await panel.getByTestId('tab-tailor').click();
  await panel.getByTestId('tailor-resume').click();
  await expect(panel.getByTestId('tailor-title')).toContainText('Resume for Field Service Technician');
  await panel.getByTestId('tailor-use').click();

  // 5. Fill the form: the button works now, and the report lists what it filled.
  await panel.getByTestId('tab-apply').click();
  await expect(panel.getByTestId('autofill-no-profile')).toHaveCount(0);
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-filled')).toContainText('Full name');
  await expect(page.locator('input[name="name"]')).toHaveValue('José Müller');
  const attached = await page.locator('input[name="resume"]').evaluate((el) => (el as HTMLInputElement).files?.[0]?.name ?? null);
  expect(attached).toMatch(/^Jose-Muller-Resume-.+\.pdf$/);
  // And the tracker has the job, as "Open the tracker" said.
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
});
