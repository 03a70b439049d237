import { readFileSync } from 'node:fs';
import { imageOnlyResume, singleColumnResume, wordResume } from '../extension/profile/test-resumes.ts';
import { expect, test } from './fixtures.ts';
import { runAutofill } from './test-profile.ts';

test('import a resume PDF, review and save it, then see the match score and export the profile', async ({ openWithPanel }, testInfo) => {
  const { panel } = await openWithPanel('https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718');
  await expect(panel.getByTestId('job-title')).toHaveText('Staff Accountant');
  await expect(panel.getByTestId('match-no-profile')).toBeVisible();

  await panel.getByTestId('tab-profile').click();
  await expect(panel.getByTestId('profile-empty')).toBeVisible();
  await panel
    .getByTestId('profile-import')
    .setInputFiles({ name: 'jose-muller-resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnResume()) });

  // The draft is shown for review before anything is saved.
  await expect(panel.getByTestId('profile-first-name')).toHaveValue('José');
  await expect(panel.getByTestId('profile-last-name')).toHaveValue('Müller');
  await expect(panel.getByTestId('profile-email')).toHaveValue('jose.muller@example.com');
  await expect(panel.getByTestId('profile-experience')).toHaveCount(2);
  await expect(panel.getByTestId('experience-title').first()).toHaveValue('Senior Accountant');
  await expect(panel.getByTestId('profile-eeo-gender')).toHaveValue('decline');
  await panel.getByTestId('profile-salary').fill('$65,000');
  await panel.screenshot({ path: testInfo.outputPath('profile-review.png'), fullPage: true });
  await panel.getByTestId('profile-save').click();
  await expect(panel.getByTestId('profile-name')).toHaveText('José Müller');

  // The job now shows how well it fits, with the reasons.
  await panel.getByTestId('tab-job').click();
  const score = Number(await panel.getByTestId('match-score').textContent());
  expect(score).toBeGreaterThanOrEqual(60);
  await expect(panel.getByTestId('match-breakdown')).toContainText('Skills');
  await expect(panel.getByTestId('match-matched')).toContainText('GAAP');
  // The ATS line says what it counts, and which keywords are missing on hover.
  await expect(panel.getByTestId('match-ats')).toContainText(/your resume has \d+ of the \d+ keywords an applicant tracking system/);
  await panel.screenshot({ path: testInfo.outputPath('job-with-match.png'), fullPage: true });

  // Export downloads the saved profile as JSON.
  await panel.getByTestId('tab-profile').click();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('profile-export').click()]);
  const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
  expect(exported).toMatchObject({
    email: 'jose.muller@example.com',
    salaryExpectation: '$65,000',
    name: { first: 'José', last: 'Müller' },
  });
});

test('a scanned (image-only) PDF gets a clear message and no profile', async ({ fixtures, openWithPanel }) => {
  const { panel } = await openWithPanel(`${fixtures}/about`);
  await panel.getByTestId('tab-profile').click();
  await panel
    .getByTestId('profile-import')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await imageOnlyResume()) });
  await expect(panel.getByTestId('profile-status')).toContainText('no text layer');
  await expect(panel.getByTestId('profile-empty')).toBeVisible();
});

test('a Word (.docx) resume is read in the panel like a PDF', async ({
  context,
  fixtures,
  openPanel,
  tabIdOf,
  openWithPanel,
}, testInfo) => {
  const { panel } = await openWithPanel(`${fixtures}/about`);
  await panel.getByTestId('tab-profile').click();
  await panel.getByTestId('profile-import').setInputFiles({
    name: 'dana-whitfield.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await wordResume()),
  });
  await expect(panel.getByTestId('profile-first-name')).toHaveValue('Dana');
  await expect(panel.getByTestId('profile-last-name')).toHaveValue('Whitfield');
  await panel.screenshot({ path: testInfo.outputPath('docx-review.png'), fullPage: true });
  // The Word file itself is what autofill then attaches to a form's resume field.
  await panel.getByTestId('profile-save').click();
  await expect(panel.getByTestId('profile-status')).toContainText('Profile saved');
  const form = await context.newPage();
  await form.goto('https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply');
  const formPanel = await openPanel(await tabIdOf(form));
  await runAutofill(formPanel);
  const resume = await form.evaluate(() => {
    const file = (document.querySelector('#application-form input[type=file]') as HTMLInputElement).files?.[0];
    return file ? `${file.name}:${file.type}:${file.size}` : '';
  });
  expect(resume).toMatch(/^dana-whitfield\.docx:application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document:\d{3,}$/);
});

test('the tracker sorts saved jobs by match score', async ({ openWithPanel }) => {
  const jobs = ['https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718', 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c'];
  const { page, panel } = await openWithPanel(jobs[1] as string);
  await panel.getByTestId('tab-profile').click();
  await panel
    .getByTestId('profile-import')
    .setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnResume()) });
  await panel.getByTestId('profile-save').click();
  await panel.getByTestId('tab-job').click();
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');
  await page.goto(jobs[0] as string);
  await expect(panel.getByTestId('job-title')).toHaveText('Staff Accountant');
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');

  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(2);
  await panel.getByTestId('tracker-sort').selectOption('score');
  await expect(panel.getByTestId('tracker-title')).toHaveText(['Staff Accountant', 'Field Service Technician']);
  const scores = (await panel.getByTestId('tracker-score').allTextContents()).map(Number);
  expect(scores[0]).toBeGreaterThan(scores[1] ?? 100);
});
