import { expect, test } from './fixtures.ts';
import { importTestProfile } from './test-profile.ts';

const POSTING = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c';
const DAY = 24 * 60 * 60 * 1000;

test('after applying: the duplicate guard warns, and a follow-up reminder fires a week later (controlled clock), once', async ({
  context,
  background,
  openPanel,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(`${POSTING}/apply`);
  const panel = await openPanel(await tabIdOf(page));
  await importTestProfile(panel);
  await panel.getByTestId('tab-apply').click();
  await expect(panel.getByTestId('duplicate-warning')).toHaveCount(0);
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  await page.getByLabel('Yes').nth(2).check();
  await page.getByRole('button', { name: 'Submit application' }).click();
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toContainText('applied');

  // Back on the posting: Jobsmith says it was already sent.
  await page.goto(POSTING);
  await panel.getByTestId('tab-job').click();
  await expect(panel.getByTestId('job-title')).toHaveText('Field Service Technician');
  await expect(panel.getByTestId('duplicate-warning')).toContainText('You already applied to this job on');

  const check = () =>
    panel.evaluate(
      async () =>
        (await chrome.runtime.sendMessage({ type: 'reminders/check' })) as {
          ok: boolean;
          data: Array<{ kind: string; key: string; message: string }>;
        },
    );
  expect((await check()).data).toEqual([]);
  // Eight days later (the e2e build's clock honours a test offset).
  await background.evaluate((offset) => chrome.storage.local.set({ testClockOffsetMs: offset }), 8 * DAY);
  const reply = await check();
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  const fired = reply.data;
  expect(fired.map((r) => r.kind)).toEqual(['follow-up']);
  expect(fired[0]?.message).toContain('No answer on Field Service Technician at Harbor Robotics for 8 days');
  const shown = await background.evaluate(
    () => new Promise<string[]>((resolve) => chrome.notifications.getAll((all) => resolve(Object.keys(all)))),
  );
  expect(shown).toContain(fired[0]?.key);
  // Shown once: the next check is quiet.
  expect((await check()).data).toEqual([]);
});
