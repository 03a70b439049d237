import type { Page } from '@playwright/test';
import { expect, type OpenWithPanel, test } from './fixtures.ts';
import { importTestProfile, runAutofill } from './test-profile.ts';

/**
 * A page that wants the profile without the user seeing it go (e2e/fixtures/pages/hostile-form):
 * honeypot controls hidden every way a page can hide one, a field hidden and one added once the
 * fill begins, a form sent by its own script, a "wizard step" in Workday's markup on a page that
 * is not Workday, and Jobsmith's own Autofill button made see-through or covered.
 */
const FORM = '/hostile-form/apply';

/** What each form would send: text as is, a file by its name ('' for none). */
const formValues = (page: Page, id: string) =>
  page.evaluate(
    (formId) =>
      Object.fromEntries(
        [...new FormData(document.getElementById(formId) as HTMLFormElement)].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]),
      ),
    id,
  );

const honeypots = (values: Record<string, string>) => Object.entries(values).filter(([name]) => name.startsWith('hp_'));

/** The hostile form in a tab, and the panel beside it with the test profile imported. */
async function openForm({ fixtures, openWithPanel }: { fixtures: string; openWithPanel: OpenWithPanel }) {
  const { page, panel } = await openWithPanel(`${fixtures}${FORM}`);
  await importTestProfile(panel);
  return { page, panel };
}

/** The hostile form, filled from the panel as the user fills it. */
async function openFilledForm(env: { fixtures: string; openWithPanel: OpenWithPanel }) {
  const opened = await openForm(env);
  await runAutofill(opened.panel);
  return opened;
}

test('hostile form: the fields a person sees are filled; hidden, clipped, covered and late honeypots stay empty, files too', async ({
  fixtures,
  openWithPanel,
}) => {
  const { page } = await openFilledForm({ fixtures, openWithPanel });

  const values = await formValues(page, 'apply');
  expect(values).toMatchObject({
    first: 'José',
    last: 'Müller',
    email: 'jose.muller@example.com',
    // A second visible field asking for the same thing is filled too: the honeypots' emptiness
    // below is the visibility rule's doing, not one value per profile field.
    confirm_email: 'jose.muller@example.com',
    phone: '+1 303 555 0199',
    linkedin: 'linkedin.com/in/josemuller',
    resume: 'jose-muller.pdf',
  });
  // The late honeypot was added while the fill ran.
  expect(values).toHaveProperty('hp_late');
  expect(honeypots(values)).toEqual([
    ['hp_fading', ''],
    ['hp_opacity0', ''],
    ['hp_opacity001', ''],
    ['hp_offscreen', ''],
    ['hp_tiny', ''],
    ['hp_clippath', ''],
    ['hp_clip', ''],
    ['hp_zero', ''],
    ['hp_covered', ''],
    ['hp_file', ''],
    ['hp_late', ''],
  ]);
  // The panel's fill reads the whole page: the second form is filled as before.
  expect((await formValues(page, 'alerts')).alert_email).toBe('jose.muller@example.com');
  // Nothing was sent.
  expect(await page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions)).toEqual([]);
});

test('hostile form: a submit the page makes by script marks nothing applied and stores no answer; the user clicking Send does', async ({
  fixtures,
  openWithPanel,
}) => {
  const { page, panel } = await openForm({ fixtures, openWithPanel });
  // The page shows a job, so a real send has an application to mark.
  await panel.getByTestId('tab-job').click();
  await expect(panel.getByTestId('job-title')).toHaveText('Night Dispatcher');
  await runAutofill(panel);
  await expect(panel.getByTestId('autofill-skipped')).toContainText('Why do you want to work nights');
  // The user answers the question autofill left to them (remembered when they send the form).
  await page.locator('#why').fill('I like quiet roads and busy radios.');

  const submissions = () => page.evaluate(() => (window as unknown as { __submissions: unknown[] }).__submissions.length);
  await page.evaluate(() => {
    const form = document.getElementById('apply') as HTMLFormElement;
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    form.requestSubmit();
    form.requestSubmit(document.getElementById('send') as HTMLButtonElement);
    (document.getElementById('send') as HTMLButtonElement).click();
  });
  // The user's real click, on a button whose handler sends the form by script.
  await page.getByRole('button', { name: 'Save draft' }).click();
  expect(await submissions()).toBe(5);

  // The background had time to act on any of them (a real send, below, shows within this).
  await page.waitForTimeout(1500);
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-empty')).toBeVisible();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(0);
  await panel.getByTestId('tab-profile').click();
  await expect(panel.getByTestId('answer-row')).toHaveCount(0);

  await page.getByRole('button', { name: 'Send application' }).click();
  expect(await submissions()).toBe(6);
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
  await expect(panel.getByTestId('tracker-row')).toContainText('applied');
  await panel.getByTestId('tab-profile').click();
  await expect(panel.getByTestId('answer-row')).toHaveCount(1);
  await expect(panel.getByTestId('answer-row')).toContainText('Why do you want to work nights');
});

test('hostile form: a page that is not Workday renaming its step and adding fields after a fill gets nothing filled', async ({
  fixtures,
  openWithPanel,
}) => {
  const { page } = await openFilledForm({ fixtures, openWithPanel });
  await expect(page.locator('#first')).toHaveValue('José');

  // The page's own script: a new "step" heading (in Workday's markup) and new questions a profile answers.
  await page.evaluate(() => (window as unknown as { __nextStep: () => void }).__nextStep());
  await expect(page.locator('#step-email')).toBeVisible();
  // On Workday the next step is filled within a second (autofill.spec.ts); here, nothing comes.
  await page.waitForTimeout(2500);
  const values = await formValues(page, 'apply');
  expect([values.step_first, values.step_email, values.step_phone]).toEqual(['', '', '']);
});

test('hostile form: the inline button does nothing while see-through or covered, and fills only its own form', async ({
  fixtures,
  openWithPanel,
}) => {
  const { page } = await openForm({ fixtures, openWithPanel });
  const button = page.locator('jobsmith-autofill');
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  if (!box) throw new Error('the inline button has no box');
  // page.mouse clicks are the browser's own (trusted), as a person's would be.
  const clickButton = () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const nothingFilled = async () => {
    await page.waitForTimeout(1500);
    expect(await page.locator('#first').inputValue()).toBe('');
  };

  // See-through: the page's style sheet fades the button out; a click where it sits fills nothing.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'fade';
    style.textContent = 'jobsmith-autofill { opacity: 0 !important }';
    document.head.append(style);
  });
  await clickButton();
  await nothingFilled();

  // Covered: the page's own top-layer element over it, letting the click through to the button.
  await page.evaluate(() => {
    document.getElementById('fade')?.remove();
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.setAttribute('popover', 'manual');
    cover.textContent = 'Click here to win a prize';
    cover.style.cssText =
      'position:fixed;inset:0;margin:0;width:100vw;height:100vh;border:0;background:#ffd54f;font-size:32px;pointer-events:none';
    document.body.append(cover);
    cover.showPopover();
  });
  await clickButton();
  await nothingFilled();

  // In plain sight, the same click fills the form the button sits on, and only that form.
  await page.evaluate(() => (document.getElementById('cover') as HTMLElement).hidePopover());
  await page.waitForTimeout(300);
  await clickButton();
  await expect(page.locator('#first')).toHaveValue('José');
  await expect(page.locator('#email')).toHaveValue('jose.muller@example.com');
  expect(Object.values(await formValues(page, 'alerts'))).toEqual(['', '', '']);
});

test('the inline button in an embedded form does nothing while the page around it makes the frame see-through', async ({
  openWithPanel,
}) => {
  // A company page embedding a Greenhouse board (cross-origin): the board's frame cannot read the
  // page's styles, but Chromium tells the button whether it is seen through every frame around it.
  const { page, panel } = await openWithPanel('https://www.acme-robotics.example/careers?gh_jid=4077001');
  const frame = page.frameLocator('#grnhse_iframe');
  await importTestProfile(panel);
  const button = frame.locator('jobsmith-autofill');
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  if (!box) throw new Error('the inline button has no box');
  const clickButton = () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await page.evaluate(() => {
    (document.getElementById('grnhse_iframe') as HTMLElement).style.opacity = '0.01';
  });
  await page.waitForTimeout(300);
  await clickButton();
  await page.waitForTimeout(1500);
  await expect(frame.locator('#first_name')).toHaveValue('');

  await page.evaluate(() => {
    (document.getElementById('grnhse_iframe') as HTMLElement).style.opacity = '';
  });
  await page.waitForTimeout(300);
  await clickButton();
  await expect(frame.locator('#first_name')).toHaveValue('José');
});

test('Workday: steps are followed only after the user filled, each step once, and at most 12 of them', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel(
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Chicago-IL/Supply-Chain-Analyst_R-10234/apply/applyManually',
    '[data-automation-id="legalNameSection_firstName"]',
  );
  await importTestProfile(panel);
  // Every fill the page's button or the step watcher starts ends in this broadcast to the panel.
  await panel.evaluate(() => {
    const counter = window as unknown as { __fills: number };
    counter.__fills = 0;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message.type === 'autofill/finished') counter.__fills += 1;
    });
  });
  const fills = () => panel.evaluate(() => (window as unknown as { __fills: number }).__fills);
  /** What a hostile script on the page could do: rename the active step, as often as it likes. */
  const renameStep = async (name: string) => {
    await page.evaluate((text) => {
      const step = document.querySelector('[data-automation-id="progressBarActiveStep"]');
      if (step) step.textContent = text;
    }, name);
    // Longer than the watcher's 300 ms settle, so each name is seen on its own.
    await page.waitForTimeout(500);
  };

  // Before the user's own fill, a new step fills nothing.
  await renameStep('Before any fill');
  await page.waitForTimeout(1000);
  expect(await fills()).toBe(0);

  await runAutofill(panel);

  for (let i = 1; i <= 16; i++) await renameStep(`Step ${i}`);
  // A step seen before is not filled again.
  await renameStep('Step 3');
  await expect.poll(fills, { timeout: 20_000 }).toBe(12);
  await page.waitForTimeout(2000);
  expect(await fills()).toBe(12);
});
