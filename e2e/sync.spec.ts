import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser.ts';
import { expect, test } from './fixtures.ts';
import { importTestProfile, signIn } from './test-profile.ts';

test('a job saved and a profile imported on device A appear on device B after it signs in; devices are listed and can be signed out', async ({
  context,
  apiUrl,
  openPanel,
  tabIdOf,
}, testInfo) => {
  const email = `devices-${Date.now()}@example.com`;
  // Device A: sign up, import the resume, save the job in the tab.
  const page = await context.newPage();
  await page.goto('https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c');
  const panelA = await openPanel(await tabIdOf(page));
  await signIn(panelA, apiUrl, 'auth-signup', email);
  await importTestProfile(panelA);
  await panelA.getByTestId('tab-job').click();
  await panelA.getByTestId('job-save').click();
  await expect(panelA.getByTestId('job-save-state')).toHaveText('Saved to your tracker.');
  await panelA.getByTestId('tab-settings').click();
  await panelA.getByTestId('sync-now').click();
  await expect(panelA.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');

  // Device B: another browser profile, its own extension storage.
  const profileDir = mkdtempSync(join(tmpdir(), 'jobsmith-device-b-'));
  const deviceB = await launchWithExtension({
    chromium: process.env.JOBSMITH_E2E_CHROMIUM ?? '',
    extensionDir: process.env.JOBSMITH_E2E_EXTENSION ?? '',
    profileDir,
    hostRules: process.env.JOBSMITH_E2E_HOST_RULES ?? '',
  });
  try {
    const worker = deviceB.serviceWorkers()[0] ?? (await deviceB.waitForEvent('serviceworker'));
    const panelB = await deviceB.newPage();
    await panelB.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    await panelB.getByTestId('tab-tracker').click();
    await expect(panelB.getByTestId('tracker-empty')).toBeVisible();
    await signIn(panelB, apiUrl, 'auth-signin', email);

    await panelB.getByTestId('tab-tracker').click();
    await expect(panelB.getByTestId('tracker-row')).toHaveCount(1);
    await expect(panelB.getByTestId('tracker-row')).toContainText('Field Service Technician');
    await panelB.getByTestId('tab-profile').click();
    await expect(panelB.getByTestId('profile-name')).toHaveText('José Müller');

    // Both devices are in the account's list; B signs A out.
    await panelB.getByTestId('tab-settings').click();
    await expect(panelB.getByTestId('device-row')).toHaveCount(2);
    await expect(panelB.getByTestId('device-row').filter({ hasText: 'this device' })).toHaveCount(1);
    await panelB.screenshot({ path: testInfo.outputPath('devices.png'), fullPage: true });
    await panelB.getByTestId('device-row').filter({ hasNotText: 'this device' }).getByRole('button', { name: 'Sign out' }).click();
    await expect(panelB.getByTestId('device-row')).toHaveCount(1);

    // A finds out at its next sync, and keeps its data.
    await panelA.getByTestId('sync-now').click();
    await expect(panelA.getByTestId('sync-status')).toHaveAttribute('data-state', 'signed-out');
    await panelA.getByTestId('tab-tracker').click();
    await expect(panelA.getByTestId('tracker-row')).toHaveCount(1);
  } finally {
    await deviceB.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
