import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, type OpenWithPanel, test } from './fixtures.ts';

const LEVER = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c';
const INDEED = 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718';

/** Types each value into the field with that test id, in order. */
async function fillFields(scope: Locator, values: Record<string, string>) {
  for (const [testId, value] of Object.entries(values)) await scope.getByTestId(testId).fill(value);
}

/** Saves the Lever and the Indeed job from the Job tab, as a user would, and opens the Tracker tab. */
async function saveTwoJobs(openWithPanel: OpenWithPanel) {
  const { page, panel } = await openWithPanel(LEVER);
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');
  await page.goto(INDEED);
  await expect(panel.getByTestId('job-title')).toHaveText('Staff Accountant');
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(2);
  return panel;
}

/** Every store of the panel's IndexedDB, read with the raw API (what is really on disk). */
async function readStore<T>(panel: Page, store: string): Promise<T[]> {
  return panel.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('jobsmith');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

const column = (panel: Page, status: string) => panel.locator(`[data-testid="board-column"][data-status="${status}"]`);
const card = (panel: Page, title: string) => panel.getByTestId('board-card').filter({ hasText: title });

test('on the board a status changes by keyboard and by drag, persists, and is queued for sync', async ({ openWithPanel }, testInfo) => {
  const panel = await saveTwoJobs(openWithPanel);
  await panel.getByTestId('tracker-view-board').click();
  await expect(column(panel, 'saved').getByTestId('board-card')).toHaveCount(2);

  // Keyboard: → moves one column on, a digit jumps to that column; focus stays on the card.
  await card(panel, 'Staff Accountant').focus();
  await panel.keyboard.press('ArrowRight');
  await expect(column(panel, 'applied').getByTestId('board-card')).toHaveText([/Staff Accountant/]);
  await expect(card(panel, 'Staff Accountant')).toBeFocused();
  await panel.keyboard.press('3');
  await expect(column(panel, 'interviewing').getByTestId('board-card')).toHaveText([/Staff Accountant/]);

  // Drag: the other card onto the Rejected column.
  await card(panel, 'Field Service Technician').dragTo(column(panel, 'rejected'));
  await expect(column(panel, 'rejected').getByTestId('board-card')).toHaveText([/Field Service Technician/]);
  await expect(column(panel, 'saved').getByTestId('board-card')).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath('tracker-board.png'), fullPage: true });

  await panel.reload();
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-row').filter({ hasText: 'Staff Accountant' }).getByTestId('tracker-status')).toHaveText(
    'interviewing',
  );
  await expect(panel.getByTestId('tracker-row').filter({ hasText: 'Field Service' }).getByTestId('tracker-status')).toHaveText('rejected');
  await panel.getByTestId('tracker-view-board').click();
  await expect(column(panel, 'interviewing').getByTestId('board-card')).toHaveText([/Staff Accountant/]);

  // Queued for sync: the outbox holds each status change, history included; each is an event too.
  type Change = { change: { entity: string; record: { status?: string; statusHistory?: { status: string }[] } } };
  const queued = (await readStore<Change>(panel, 'outbox')).filter((e) => e.change.entity === 'application');
  expect(queued.map((e) => e.change.record.status)).toEqual(['saved', 'saved', 'applied', 'interviewing', 'rejected']);
  expect(queued.at(-2)?.change.record.statusHistory?.map((h) => h.status)).toEqual(['saved', 'applied', 'interviewing']);
  const events = (await readStore<{ type: string; props: { from: string; to: string } }>(panel, 'events')).filter(
    (e) => e.type === 'status_changed',
  );
  expect(events.map((e) => `${e.props.from}>${e.props.to}`)).toEqual(['saved>applied', 'applied>interviewing', 'saved>rejected']);
});

test('the detail view keeps a note, a contact, an interview and the next action', async ({ openWithPanel }, testInfo) => {
  const panel = await saveTwoJobs(openWithPanel);
  await panel.getByTestId('tracker-row').filter({ hasText: 'Field Service Technician' }).getByTestId('tracker-open').click();
  const detail = panel.getByTestId('tracker-detail');
  await expect(detail.getByTestId('detail-title')).toHaveText('Field Service Technician');
  await expect(detail.getByTestId('detail-title').locator('a')).toHaveAttribute('href', LEVER);
  await expect(detail.getByTestId('detail-timeline').locator('li')).toHaveCount(1);

  await detail.getByTestId('detail-notes').fill('Referred by Sam.\nAsk about travel.');
  await detail.getByTestId('detail-notes-save').click();
  await expect(detail.getByText('Saved.')).toBeVisible();

  await fillFields(detail, {
    'contact-name': 'Ana Ruiz',
    'contact-role': 'Recruiter',
    'contact-email': 'ana@harbor.example',
    'contact-linkedin': 'https://www.linkedin.com/in/anaruiz',
  });
  await detail.getByTestId('contact-add').click();
  await expect(detail.getByTestId('contact-row')).toHaveCount(1);

  await detail.getByTestId('interview-add').click();
  await fillFields(detail, { 'interview-at': '2026-12-01T14:30', 'interview-round': 'Hiring manager' });
  await detail.getByTestId('interview-type').selectOption('onsite');
  await fillFields(detail, { 'interview-interviewer': 'Dana Cole', 'interview-prep': 'Two STAR stories about field repairs.' });
  await detail.getByTestId('interview-save').click();
  await expect(detail.getByTestId('interview-row')).toHaveCount(1);

  await detail.getByTestId('next-action-text').fill('Send thank-you note');
  await detail.getByTestId('next-action-due').fill('2026-12-02');
  await detail.getByTestId('next-action-save').click();
  await expect(detail.getByTestId('next-action-save')).toBeDisabled();

  await detail.getByTestId('detail-status').selectOption('interviewing');
  await expect(detail.getByTestId('detail-timeline').locator('li')).toHaveCount(2);
  await panel.screenshot({ path: testInfo.outputPath('tracker-detail.png'), fullPage: true });

  await panel.reload();
  await panel.getByTestId('tab-tracker').click();
  await panel.getByTestId('tracker-row').filter({ hasText: 'Field Service Technician' }).getByTestId('tracker-open').click();
  await expect(detail.getByTestId('detail-notes')).toHaveValue('Referred by Sam.\nAsk about travel.');
  await expect(detail.getByTestId('contact-row')).toContainText('Ana Ruiz');
  await expect(detail.getByTestId('contact-row')).toContainText('Recruiter');
  await expect(detail.getByTestId('contact-row').getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/anaruiz',
  );
  for (const shown of ['Hiring manager', 'On-site', 'Dana Cole', 'Two STAR stories']) {
    await expect(detail.getByTestId('interview-row')).toContainText(shown);
  }
  await expect(detail.getByTestId('next-action-text')).toHaveValue('Send thank-you note');
  await expect(detail.getByTestId('next-action-due')).toHaveValue('2026-12-02');
  await expect(detail.getByTestId('detail-timeline').locator('li')).toHaveText([/Saved/, /Interviewing/]);

  // Edit the interview's outcome; then remove it.
  await detail.getByTestId('interview-edit').click();
  await detail.getByTestId('interview-outcome').selectOption('passed');
  await detail.getByTestId('interview-save').click();
  await expect(detail.getByTestId('interview-row')).toContainText('Passed');
  await detail.getByTestId('interview-remove').click();
  await expect(detail.getByTestId('interview-row')).toHaveCount(0);
});

test('bulk status change and delete on the list, filters, and CSV and JSON export', async ({ openWithPanel }, testInfo) => {
  const panel = await saveTwoJobs(openWithPanel);

  await panel.getByTestId('tracker-select-all').check();
  await expect(panel.getByTestId('tracker-bulk')).toContainText('2 selected');
  await panel.getByTestId('tracker-bulk-status').selectOption('applied');
  await expect(panel.getByTestId('tracker-status')).toHaveText(['applied', 'applied']);
  await expect(panel.getByTestId('tracker-bulk')).toHaveCount(0);
  await panel.getByTestId('tracker-select').first().check();
  await panel.getByTestId('tracker-filters').locator('summary').click();
  await panel.screenshot({ path: testInfo.outputPath('tracker-list.png'), fullPage: true });
  await panel.getByTestId('tracker-filters').locator('summary').click();
  await panel.getByTestId('tracker-select').first().uncheck();

  await panel.getByTestId('tracker-filter-company').fill('bluebird');
  await expect(panel.getByTestId('tracker-title')).toHaveText(['Staff Accountant']);
  await expect(panel.getByTestId('tracker-count')).toHaveText('1 of 2 applications');
  await panel.getByTestId('tracker-filter-company').fill('');
  await panel.getByTestId('tracker-sort').selectOption('company');
  await expect(panel.getByTestId('tracker-title')).toHaveText(['Staff Accountant', 'Field Service Technician']);

  const [csvDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^jobsmith-applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  const today = new Date().toISOString().slice(0, 10);
  expect(lines[0]).toBe('Job title,Company,Location,Source,URL,Status,Saved,Applied,Match score,Notes,Next action,Next action due');
  expect(lines[1]).toBe(`Staff Accountant,Bluebird Foods,"Denver, CO 80202",indeed,${INDEED},applied,${today},${today},,,,`);
  expect(lines[2]).toBe(`Field Service Technician,Harbor Robotics,"Rotterdam, Netherlands",lever,${LEVER},applied,${today},${today},,,,`);
  expect(lines.slice(3)).toEqual(['']);

  const [jsonDownload] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-json').click()]);
  const everything = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  expect(everything).toMatchObject({ format: 'jobsmith-export', version: 1, profile: null });
  expect(everything.jobs.map((j: { title: string }) => j.title).sort()).toEqual(['Field Service Technician', 'Staff Accountant']);
  expect(everything.applications.map((a: { status: string }) => a.status)).toEqual(['applied', 'applied']);
  expect(everything.events.filter((e: { type: string }) => e.type === 'status_changed')).toHaveLength(2);

  // Delete one (a tombstone), undo, delete again; it stays deleted after a reload.
  await panel.getByTestId('tracker-row').filter({ hasText: 'Staff Accountant' }).getByTestId('tracker-select').check();
  await panel.getByTestId('tracker-bulk-delete').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
  await panel.getByTestId('tracker-notice').getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(2);
  await panel.getByTestId('tracker-row').filter({ hasText: 'Staff Accountant' }).getByTestId('tracker-select').check();
  await panel.getByTestId('tracker-bulk-delete').click();
  await expect(panel.getByTestId('tracker-row')).toHaveCount(1);
  await panel.reload();
  await panel.getByTestId('tab-tracker').click();
  await expect(panel.getByTestId('tracker-title')).toHaveText(['Field Service Technician']);
  const applications = await readStore<{ deletedAt: number | null }>(panel, 'applications');
  expect(applications.filter((a) => a.deletedAt !== null)).toHaveLength(1);
});
