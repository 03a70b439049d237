import type { Page } from '@playwright/test';
import { FORM_FIXTURES, type FormFixture, filledValues } from './fixtures/forms.ts';
import { expect, test } from './fixtures.ts';
import { importTestProfile, runAutofill } from './test-profile.ts';

const FORM = 'https://job-boards.greenhouse.io/fjordenergy/jobs/4455668';

/** A form as forms.spec.ts fills it, by the start of its name. */
function formFixture(name: string): FormFixture {
  const fixture = FORM_FIXTURES.find((f) => f.name.startsWith(name));
  if (!fixture) throw new Error(`no form fixture is named "${name}…"`);
  return fixture;
}

/** What the form's own React code holds: the values it would submit. */
const appState = (page: Page) => page.evaluate(() => window.__fixtureState);

test('Autofill fills a React Greenhouse form as its own code sees it, never submits, and reports what needs the user', async ({
  openWithPanel,
}, testInfo) => {
  const { page, panel } = await openWithPanel(FORM, '#first_name');
  await importTestProfile(panel);

  await runAutofill(panel);

  const state = await appState(page);
  // Every field as forms.spec.ts expects of this form.
  const greenhouse = formFixture('Greenhouse (new board) application form');
  const read = (await page.evaluate(`(() => { ${greenhouse.read} })()`)) as Record<string, unknown>;
  expect(filledValues(greenhouse, read)).toEqual(greenhouse.expected);
  // The resume attached is the PDF the user imported.
  expect(state?.resume).toMatchObject({ name: 'jose-muller.pdf', type: 'application/pdf' });
  expect(state?.resume?.size).toBeGreaterThan(1000);
  // Nothing was submitted.
  expect(await page.evaluate(() => window.__submissions ?? [])).toEqual([]);

  await expect(panel.getByTestId('autofill-needs-you')).toContainText('How did you hear about this job?');
  await expect(panel.getByTestId('autofill-filled')).toContainText('First Name');
  await expect(panel.getByTestId('autofill-failed')).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath('apply-report.png'), fullPage: true });
  await page.screenshot({ path: testInfo.outputPath('filled-form.png'), fullPage: true });
});

test('Autofill keeps what the user already typed unless they ask to replace it', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel(FORM);
  await importTestProfile(panel);
  await page.locator('#email').fill('jose.work@example.com');

  await runAutofill(panel);
  expect((await appState(page))?.email).toBe('jose.work@example.com');
  await expect(panel.getByTestId('autofill-skipped')).toContainText('Email');

  await panel.getByTestId('autofill-refill').check();
  await panel.getByTestId('autofill-run').click();
  await expect.poll(async () => (await appState(page))?.email).toBe('jose.muller@example.com');
});

test('Autofill without a profile says what to do', async ({ tabIdOf, openWithPanel }) => {
  const { page, panel } = await openWithPanel(FORM);
  await panel.getByTestId('tab-apply').click();
  // The button waits for a profile, and says so; the background refuses a fill started elsewhere too.
  await expect(panel.getByTestId('autofill-run')).toBeDisabled();
  await expect(panel.getByTestId('autofill-no-profile')).toContainText('import your resume');
  const refused = await panel.evaluate(
    async (tabId) => chrome.runtime.sendMessage({ type: 'autofill/run', tabId, refill: false }),
    await tabIdOf(page),
  );
  expect(JSON.stringify(refused)).toContain('Import your resume in the Profile tab first');
});

test('Lever: the resume sent is the whole PDF, and a question the profile cannot answer is left, not guessed', async ({
  openWithPanel,
}) => {
  // Every field's value is checked by forms.spec.ts; this is what FormData alone can show.
  const { page, panel } = await openWithPanel('https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply');
  await importTestProfile(panel);
  await runAutofill(panel);
  const data = await page.evaluate(() => {
    const form = document.getElementById('application-form') as HTMLFormElement;
    const entries = [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : `file:${v.name}:${v.size}`]);
    return Object.fromEntries(entries);
  });
  expect(data.resume).toMatch(/^file:jose-muller\.pdf:\d{4,}$/);
  // "No", not "Not at this time".
  expect(data['cards[5f1c][field1]']).toBe('No');
  expect(data['cards[5f1c][field2]']).toBeUndefined();
  await expect(panel.getByTestId('autofill-skipped')).toContainText('Do you hold a valid driving licence B?');
});

test('sending the form marks the application applied and remembers the answers the user gave', async ({ openWithPanel }) => {
  const url = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply';
  const { page, panel } = await openWithPanel(url);
  await importTestProfile(panel);
  await runAutofill(panel);

  // The user answers what autofill left to them, then sends the form themselves.
  await page.getByLabel('Yes').nth(2).check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toHaveLength(1);

  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
  await expect(panel.getByTestId('tracker-row')).toContainText('Field Service Technician');
  await expect(panel.getByTestId('tracker-row')).toContainText('applied');
  // With the resume version autofill attached.
  await expect(panel.getByTestId('tracker-resume')).toHaveText('Sent jose-muller.pdf');

  await panel.getByTestId('tab-profile').click();
  await expect(panel.getByTestId('answer-row')).toHaveCount(1);
  await expect(panel.getByTestId('answer-row')).toContainText('Do you hold a valid driving licence B?');

  // Next time, the remembered answer is offered.
  await page.reload();
  await panel.getByTestId('tab-apply').click();
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-filled')).toContainText('Do you hold a valid driving licence B? = Yes');
  expect(await page.locator('input[name="cards[5f1c][field2]"][value="Yes"]').isChecked()).toBe(true);
});

test('the inline button on the form fills it and the panel shows the report; page scripts cannot press it', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel(FORM);
  await importTestProfile(panel);
  await panel.getByTestId('tab-job').click();

  const button = page.locator('jobsmith-autofill');
  await expect(button).toBeVisible();
  // A script on the page clicking the host element does nothing (closed shadow root, untrusted event).
  await page.evaluate(() => (document.querySelector('jobsmith-autofill') as HTMLElement).click());
  await page.waitForTimeout(500);
  expect((await appState(page))?.first_name).toBe('');

  await button.click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  await expect.poll(async () => (await appState(page))?.first_name).toBe('José');
  expect(await page.evaluate(() => window.__submissions ?? [])).toEqual([]);
});

test('a hostile form (redefined setters, throwing listeners, a field added by a click) is filled and keeps working', async ({
  fixtures,
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel(`${fixtures}/careers/hostile-apply`);
  await importTestProfile(panel);
  await page.getByRole('button', { name: 'Add a phone number' }).click();

  await runAutofill(panel);
  await expect(panel.getByTestId('autofill-failed')).toHaveCount(0);

  const data = await page.evaluate(() => Object.fromEntries(new FormData(document.getElementById('apply') as HTMLFormElement)));
  // Read-only and disabled fields are left as they were (a disabled field is not submitted at all).
  expect(data).toEqual({ fname: 'José', lname: 'Müller', mail: 'jose.muller@example.com', ref: 'NS-2291', tel: '+1 303 555 0199' });
  // The page still works, and nothing was submitted.
  await page.getByRole('button', { name: 'Count' }).click();
  await expect(page.locator('#clicks')).toHaveText('1');
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toEqual([]);
});

test('Workday: each wizard step is filled as the user moves through it, without a reload', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel(
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Chicago-IL/Supply-Chain-Analyst_R-10234/apply/applyManually',
    '[data-automation-id="legalNameSection_firstName"]',
  );
  await importTestProfile(panel);
  await runAutofill(panel);
  const values = () =>
    page.evaluate(() => (window as unknown as { __fixtureState: { values: Record<string, string> } }).__fixtureState.values);
  expect(await values()).toMatchObject({
    legalNameSection_firstName: 'José',
    legalNameSection_lastName: 'Müller',
    addressSection_city: 'Denver',
    email: 'jose.muller@example.com',
    'phone-number': '+1 303 555 0199',
  });
  // Not in the profile: left for the user, listed.
  await expect(panel.getByTestId('autofill-needs-you')).toContainText('Have you previously worked for Acme Industrial?');

  await page.getByRole('button', { name: 'Save and Continue' }).click(); // My Experience
  // One "Add" click per entry of the profile, then each entry filled: month/year boxes, the
  // current job ticked (its end date hidden), the degree picked by level from Workday's list.
  await expect.poll(async () => (await values())['education-1.toYear'], { timeout: 10_000 }).toBe('2018');
  // The step as forms.spec.ts checks it when opened directly; here it is reached by walking the wizard.
  const experience = formFixture('Workday application wizard (My Experience step');
  expect(filledValues(experience, await values())).toEqual(experience.expected);
  expect((await values())['work-1.toYear']).toBeUndefined();
  expect((await values())['work-1.description']).toContain('month-end close');
  await expect(page.getByRole('group', { name: /^Work Experience \d+$/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: /^Education \d+$/ })).toHaveCount(1);
  await expect(panel.getByTestId('autofill-filled')).toContainText('Work Experience 2 › Company');
  await page.getByRole('button', { name: 'Save and Continue' }).click(); // Application Questions
  await expect.poll(async () => (await values()).question_sponsorship, { timeout: 5000 }).toBe('No');
  expect((await values()).question_authorized).toBe('Yes');

  await page.getByRole('button', { name: 'Save and Continue' }).click(); // Voluntary Disclosures
  await expect.poll(async () => (await values()).veteranStatus, { timeout: 5000 }).toBe('I do not wish to self-identify');
  expect(await values()).toMatchObject({ gender: 'I do not wish to answer', ethnicityDropdown: 'I do not wish to answer' });

  // Self Identify: Workday's disability form is a group of checkboxes that takes one answer.
  await page.getByRole('button', { name: 'Save and Continue' }).click();
  await expect.poll(async () => (await values()).disabilityStatus, { timeout: 5000 }).toBe('I do not want to answer');
  expect(await page.locator('[data-automation-id^="disabilityStatus-"]:checked').count()).toBe(1);

  // Autofill never submitted anything.
  expect(await page.evaluate(() => (window as unknown as { __submissions?: unknown[] }).__submissions ?? [])).toEqual([]);

  // Review, then Submit: Workday sends by script, no form is posted; its confirmation marks the application applied.
  await page.getByRole('button', { name: 'Save and Continue' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Your application has been submitted.')).toBeVisible();
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
  await expect(panel.getByTestId('tracker-row')).toContainText('applied');
  await expect(panel.getByTestId('tracker-row')).toContainText('Supply Chain Analyst');
});

test('a Greenhouse form embedded in a company page (cross-origin iframe) is filled', async ({ context, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto('https://www.acme-robotics.example/careers?gh_jid=4077001');
  const frame = page.frameLocator('#grnhse_iframe');
  await expect(frame.locator('#first_name')).toBeVisible();
  const panel = await openPanel(await tabIdOf(page));
  await importTestProfile(panel);
  // The embedded board's content script announced its form; give it a moment on a slow machine.
  await expect(frame.locator('jobsmith-autofill')).toBeVisible();

  await runAutofill(panel);
  await expect(frame.locator('#first_name')).toHaveValue('José');
  await expect(frame.locator('#email')).toHaveValue('jose.muller@example.com');
  expect(await frame.locator('#resume').evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe('jose-muller.pdf');
});

test('an unfamiliar in-house form: its own wording is understood, consent is left to the user', async ({ fixtures, openWithPanel }) => {
  const { page, panel } = await openWithPanel(`${fixtures}/careers/apply-engineer`);
  await importTestProfile(panel);
  await runAutofill(panel);
  const data = await page.evaluate(() => {
    const form = document.getElementById('careers-form') as HTMLFormElement;
    return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
  });
  // What forms.spec.ts expects of this form (a salary the profile has none for is left empty, never
  // guessed), with every field sent but the privacy checkbox: the user's decision, left unchecked.
  const { privacy, ...sent } = formFixture('In-house form: a table of label/field rows').expected;
  expect(privacy).toBe('');
  expect(data).toEqual(sent);
  expect(data.privacy).toBeUndefined();
});
