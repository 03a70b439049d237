import { join } from 'node:path';
import { generate } from 'selfsigned';
import { type FakeBoard, type FakePosting, fakePostings } from '../shared/testing/boards/index.ts';
import { startFakeBoards } from '../worker/test/fake-boards.ts';
import { env, expect, test } from './fixtures.ts';
import { backgroundOf, panelFor, profileWithGrant, tabIdIn } from './own-browser.ts';
import { importTestProfile, signIn } from './test-profile.ts';

/**
 * Issue 17 in the browser, signed out (the device reads the boards itself): following a company
 * from its job page lists its other open jobs, scored and without the one already saved; a job
 * added to its board appears after the next scheduled read, with a notification when it fits;
 * a job gone from the board shows as closed. The board is the fake Greenhouse Job Board API,
 * served over HTTPS as boards-api.greenhouse.io, whose host the browser has granted (as the
 * user's answer to the prompt on first follow would).
 */

const JOB_PAGE = 'https://job-boards.greenhouse.io/northwind/jobs/7001234';
const API_HOST = 'boards-api.greenhouse.io';
const HOUR = 60 * 60 * 1000;

const [template] = fakePostings(1) as [FakePosting];
const posting = (id: string, title: string, over: Partial<FakePosting> = {}): FakePosting => ({
  ...template,
  id,
  title,
  city: 'Denver, CO',
  country: 'United States',
  workplace: 'onsite',
  summary: `Northwind is hiring a ${title}.`,
  ...over,
});
const accounting = {
  requirements: ['4+ years of accounting experience', 'Month-end close under US GAAP', 'NetSuite'],
  niceToHave: ['CPA'],
};

// biome-ignore lint/correctness/noEmptyPattern: this test launches its own browser (granted the board API's host).
test('follow a company from its job page: its other jobs listed and scored, a new one notified after the scheduled read, a removed one closed', async ({}, testInfo) => {
  test.setTimeout(150_000);
  const pems = await generate([{ name: 'commonName', value: API_HOST }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: API_HOST }] }],
  });
  const board: FakeBoard = {
    ref: { kind: 'greenhouse', slug: 'northwind' },
    company: 'Northwind Analytics Inc.',
    postings: [
      // The job of the page: the user saves it before following.
      posting('7001234', 'Senior Data Engineer', { city: 'Austin, TX', workplace: 'hybrid' }),
      posting('7001300', 'Senior Accountant', accounting),
      posting('7001301', 'Warehouse Associate', { requirements: ['Forklift certification', 'Lifting 50 lb'], niceToHave: [] }),
    ],
  };
  const fake = await startFakeBoards([board], { key: pems.private, cert: pems.cert });
  const { launch, cleanUp } = await profileWithGrant([`https://${API_HOST}/*`]);
  try {
    const context = await launch({
      hostRules: `MAP ${API_HOST} ${new URL(fake.url).host}`,
      // The fake API's certificate is self-signed; the background's fetch has no Playwright override.
      args: ['--ignore-certificate-errors'],
    });
    const background = await backgroundOf(context);
    const extensionId = new URL(background.url()).host;
    const page = await context.newPage();
    await page.goto(JOB_PAGE);
    const panel = await panelFor(context, extensionId, await tabIdIn(background, JOB_PAGE));
    await importTestProfile(panel);
    await panel.getByTestId('tab-settings').click();
    await expect(panel.getByTestId('pref-discover-threshold')).toHaveValue('70');

    await panel.getByTestId('tab-job').click();
    await expect(panel.getByTestId('job-title')).toHaveText('Senior Data Engineer');
    await panel.getByTestId('job-save').click();
    await expect(panel.getByTestId('job-save-state')).toHaveText(/Saved to your tracker/);

    // One click: the board is followed and read at once.
    await panel.getByTestId('job-follow').click();
    await expect(panel.getByTestId('job-following')).toContainText('Following Northwind Analytics');
    await panel.getByTestId('job-follow-see').click();
    const rows = panel.getByTestId('discover-job');
    await expect(panel.getByTestId('discover-job-title')).toHaveText(['Senior Accountant', 'Warehouse Associate']);
    await expect(panel.getByTestId('discover-summary')).toContainText('1 already in your tracker');
    await expect(rows.getByTestId('discover-job-score')).toHaveCount(2);
    const scores = (await rows.getByTestId('discover-job-score').allTextContents()).map((t) => Number.parseInt(t, 10));
    // Best first within a day: the accountant's job fits an accountant better than the warehouse's.
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 100);
    await expect(panel.getByTestId('discover-follow-status')).toContainText('3 open jobs · read just now');
    expect(fake.requests.map((r) => r.url.pathname)).toEqual(['/v1/boards/northwind/jobs']);
    await panel.screenshot({ path: testInfo.outputPath('new-for-you.png'), fullPage: true });
    // `npm run screenshots` keeps this one in docs/screenshots.
    const shots = process.env.JOBSMITH_SCREENSHOTS_DIR;
    if (shots) await panel.screenshot({ path: join(shots, 'new-for-you-400.png'), fullPage: true });

    // The board adds two jobs; two hours later the schedule reads it again.
    board.postings.push(posting('7001302', 'Accounting Manager', accounting));
    board.postings.push(posting('7001303', 'Forklift Driver', { requirements: ['Forklift certification'], niceToHave: [] }));
    const scheduledRead = async (hoursLater: number) => {
      const before = fake.requests.length;
      await background.evaluate(async (offset) => {
        await chrome.storage.local.set({ testClockOffsetMs: offset });
        // The next scheduled run, now (unpacked extensions may set alarms this short).
        await chrome.alarms.create('jobsmith-boards', { when: Date.now() + 500, periodInMinutes: 15 });
      }, hoursLater * HOUR);
      await expect.poll(() => fake.requests.length, { timeout: 20_000 }).toBeGreaterThan(before);
    };
    await scheduledRead(2);
    // (Their order depends on whether the clock crossed midnight: the order is unit-tested.)
    await expect(panel.getByTestId('discover-job-title')).toHaveCount(4, { timeout: 15_000 });
    expect((await panel.getByTestId('discover-job-title').allTextContents()).sort()).toEqual([
      'Accounting Manager',
      'Forklift Driver',
      'Senior Accountant',
      'Warehouse Associate',
    ]);
    // Asked conditionally: the board's ETag from the first read.
    expect(fake.requests.at(-1)?.headers['if-none-match']).toBeTruthy();
    const notified = () =>
      background.evaluate(() => new Promise<string[]>((resolve) => chrome.notifications.getAll((all) => resolve(Object.keys(all)))));
    // Only the job that fits (70 % or better, by default) interrupts the user.
    await expect
      .poll(async () => (await notified()).filter((id) => id.startsWith('board-job:')))
      .toEqual([`board-job:${JSON.stringify(['greenhouse::northwind:', '7001302'])}`]);

    // The warehouse job leaves the board: closed, still listed (last), never deleted.
    board.postings = board.postings.filter((p) => p.id !== '7001301');
    await scheduledRead(4);
    const closed = rows.filter({ hasText: 'Warehouse Associate' });
    await expect(closed).toHaveAttribute('data-closed', 'true', { timeout: 15_000 });
    await expect(closed.getByTestId('discover-job-when')).toContainText('Closed');
    await expect(panel.getByTestId('discover-job-title').last()).toHaveText('Warehouse Associate');
    await panel.screenshot({ path: testInfo.outputPath('new-for-you-closed.png'), fullPage: true });

    // A pasted address that is no board says so, and follows nothing.
    await panel.getByTestId('discover-follow-url').fill('https://www.example.com/careers');
    await panel.getByTestId('discover-follow-submit').click();
    await expect(panel.getByTestId('discover-follow-problem')).toContainText('cannot read a job board at that address');
    await expect(panel.getByTestId('discover-follow')).toHaveCount(1);
    await context.close();
  } finally {
    cleanUp();
    await fake.close();
  }
});

test('signed in, the worker reads the followed board on its schedule and the panel pulls its jobs', async ({
  context,
  apiUrl,
  openPanel,
  tabIdOf,
  query,
}) => {
  const board: FakeBoard = {
    ref: { kind: 'greenhouse', slug: 'northwind' },
    company: 'Northwind Analytics Inc.',
    postings: [posting('7001300', 'Senior Accountant', accounting), posting('7001301', 'Warehouse Associate')],
  };
  const put = await fetch(`${env('JOBSMITH_E2E_BOARDS_URL')}/__fake/boards`, { method: 'PUT', body: JSON.stringify([board]) });
  expect(put.status).toBe(204);
  const page = await context.newPage();
  await page.goto(JOB_PAGE);
  const panel = await openPanel(await tabIdOf(page));
  await signIn(panel, apiUrl, 'auth-signup', `boards-${Date.now()}@example.com`);

  // This browser has no grant for the board API: the follow stands, and the server reads the board.
  await panel.getByTestId('tab-job').click();
  await panel.getByTestId('job-follow').click();
  await expect(panel.getByTestId('job-following')).toBeVisible();
  const key = 'greenhouse::northwind:';
  await expect
    .poll(async () => (await query<{ n: number }>('select count(*)::int as n from boards where key = $1', [key]))[0]?.n, {
      timeout: 20_000,
    })
    .toBe(1);

  // The Cron Trigger's run (as Cloudflare would start it), then the queue's consumer reads the board once.
  const cron = await fetch(`${apiUrl}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`);
  expect(cron.ok).toBe(true);
  await expect
    .poll(async () => (await query<{ n: number }>('select count(*)::int as n from board_jobs where board_key = $1', [key]))[0]?.n, {
      timeout: 30_000,
    })
    .toBe(2);

  // The panel pulls what the worker read for this user.
  await panel.getByTestId('tab-discover').click();
  await panel.getByTestId('discover-check').click();
  // The check's own answer first: a failed pull says why here ("Could not check: …").
  await expect(panel.getByTestId('discover-checked')).toHaveText('Up to date.', { timeout: 20_000 });
  await expect(panel.getByTestId('discover-job-title')).toHaveText(['Senior Accountant', 'Warehouse Associate']);
  await expect(panel.getByTestId('discover-job').first()).toContainText('Northwind Analytics');
  await expect(panel.getByTestId('discover-follow-status')).toHaveText('2 open jobs · read by your Jobsmith server');
});
