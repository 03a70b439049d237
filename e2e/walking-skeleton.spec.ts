import { expect, test } from './fixtures.ts';

/**
 * The whole chain, each link asserted: fixture job page → content script reads it → side
 * panel (pinned with ?tabId=) shows it → Save writes Dexie → background pushes to the worker
 * under wrangler dev → the row is in Postgres.
 */
test('a job seen on a page is saved on the device and synced to Postgres', async ({
  context,
  fixtures,
  apiUrl,
  openPanel,
  tabIdOf,
  query,
}, testInfo) => {
  const jobPage = await context.newPage();
  await jobPage.goto(`${fixtures}/acme/jobs/4012345`);
  const tabId = await tabIdOf(jobPage);

  const panel = await openPanel(tabId);

  // Sign in to sync, against the worker this run started.
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('settings-api-url').fill(apiUrl);
  await panel.getByTestId('settings-api-url-save').click();
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  await panel.getByTestId('auth-email').fill(email);
  await panel.getByTestId('auth-password').fill('correct horse battery');
  await panel.getByTestId('auth-signup').click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');

  // The panel shows what the content script read from the page.
  await panel.getByTestId('tab-job').click();
  await expect(panel.getByTestId('job-title')).toHaveText('Senior Platform Engineer');
  await expect(panel.getByTestId('job-company')).toHaveText('Acme Robotics');
  await expect(panel.getByTestId('job-location')).toContainText('Berlin');
  await expect(panel.getByTestId('job-salary')).toContainText('85,000');
  await expect(panel.getByTestId('job-description')).toContainText('Run our Kubernetes platform');
  // Page markup is text here: the injected <img onerror> never ran in the panel.
  expect(await panel.title()).toBe('Jobsmith');

  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');

  // Dexie holds the job and its application.
  const local = await panel.evaluate(
    () =>
      new Promise<{ jobs: string[]; statuses: string[] }>((resolve, reject) => {
        const open = indexedDB.open('jobsmith');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['jobs', 'applications'], 'readonly');
          const jobs = tx.objectStore('jobs').getAll();
          const apps = tx.objectStore('applications').getAll();
          tx.oncomplete = () => resolve({ jobs: jobs.result.map((j) => j.title), statuses: apps.result.map((a) => a.status) });
        };
      }),
  );
  expect(local).toEqual({ jobs: ['Senior Platform Engineer'], statuses: ['saved'] });

  // The background pushed it to the worker, which wrote Postgres.
  await expect
    .poll(
      async () => {
        const rows = await query<{ title: string; status: string }>(
          `select j.data->>'title' as title, a.data->>'status' as status from records j
           join users u on u.id = j.user_id
           join records a on a.user_id = j.user_id and a.entity = 'application' and a.data->>'jobId' = j.id
           where j.entity = 'job' and u.email = $1`,
          [email],
        );
        return rows.map((r) => `${r.title}:${r.status}`);
      },
      { timeout: 15_000 },
    )
    .toEqual(['Senior Platform Engineer:saved']);
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');

  await panel.screenshot({ path: testInfo.outputPath('sidepanel-job.png'), fullPage: true });
  await testInfo.attach('side panel', { path: testInfo.outputPath('sidepanel-job.png'), contentType: 'image/png' });

  // Saving the same job again is recognised.
  await panel.reload();
  await expect(panel.getByTestId('job-save-state')).toHaveText('Already saved in your tracker.');
});

test('a page without a job says so', async ({ context, fixtures, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(`${fixtures}/about`);
  const panel = await openPanel(await tabIdOf(page));
  await expect(panel.getByTestId('job-none')).toContainText('No job on this page');
});
