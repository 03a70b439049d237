import { expect, test } from './fixtures.ts';

/** The panel's tabs follow the ARIA tab pattern: one tab stop, arrow keys move between tabs. */
test('the tabs are reached with Tab and switched with the arrow keys, Home and End', async ({ context, fixtures, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(`${fixtures}/acme/jobs/4012345`);
  const panel = await openPanel(await tabIdOf(page));
  const tab = (name: string) => panel.getByTestId(`tab-${name}`);
  await expect(tab('job')).toHaveAttribute('aria-selected', 'true');
  // Only the selected tab is in the Tab order.
  await expect(tab('job')).toHaveAttribute('tabindex', '0');
  await expect(tab('discover')).toHaveAttribute('tabindex', '-1');

  await tab('job').focus();
  await panel.keyboard.press('ArrowRight');
  await expect(tab('discover')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('discover')).toBeFocused();
  await expect(panel.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-discover');
  await panel.keyboard.press('End');
  await expect(tab('settings')).toBeFocused();
  // The server address field has a name a screen reader reads.
  await expect(panel.getByLabel('Server address')).toBeVisible();
  await panel.keyboard.press('ArrowRight');
  await expect(tab('job')).toBeFocused();
  await panel.keyboard.press('ArrowLeft');
  await expect(tab('settings')).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('Home');
  await expect(tab('job')).toHaveAttribute('aria-selected', 'true');
});
