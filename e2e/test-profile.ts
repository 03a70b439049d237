import { expect, type Page } from '@playwright/test';
import { singleColumnResume } from '../extension/profile/test-resumes.ts';

/**
 * The fixed profile every form fixture is filled from: José Müller's one-column resume,
 * imported in the panel's Profile tab, authorized to work in the US, saved.
 */
export async function importTestProfile(panel: Page) {
  await panel.getByTestId('tab-profile').click();
  await panel
    .getByTestId('profile-import')
    .setInputFiles({ name: 'jose-muller.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnResume()) });
  await expect(panel.getByTestId('profile-first-name')).toHaveValue('José');
  await panel.getByTestId('profile-work-country').fill('US');
  await panel.getByTestId('profile-save').click();
  await expect(panel.getByTestId('profile-name')).toHaveText('José Müller');
}

/** Runs Autofill from the panel's Apply tab, as the user does, and waits for its report. */
export async function runAutofill(panel: Page) {
  await panel.getByTestId('tab-apply').click();
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
}

/** The panel's tabs, in their order. */
export const PANEL_TABS = ['job', 'discover', 'tailor', 'apply', 'tracker', 'analytics', 'profile', 'settings'] as const;

/** A panel with data in every tab: the test profile, the tab's job saved, a resume tailored to it. */
export async function fillPanel(panel: Page) {
  await importTestProfile(panel);
  await panel.getByTestId('tab-job').click();
  await panel.getByTestId('job-save').click();
  await expect(panel.getByTestId('job-save-state')).toHaveText(/Saved to your tracker/);
  await panel.getByTestId('tab-tailor').click();
  await panel.getByTestId('tailor-resume').click();
  await expect(panel.getByTestId('tailor-title')).toContainText('Resume for');
}

export const PASSWORD = 'correct horse battery';

/** Signs the panel up or in on the e2e worker, as a user does in Settings. */
export async function signIn(panel: Page, apiUrl: string, mode: 'auth-signup' | 'auth-signin', email: string) {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('settings-api-url').fill(apiUrl);
  await panel.getByTestId('settings-api-url-save').click();
  await panel.getByTestId('auth-email').fill(email);
  await panel.getByTestId('auth-password').fill(PASSWORD);
  await panel.getByTestId(mode).click();
  await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
}
