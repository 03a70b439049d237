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
