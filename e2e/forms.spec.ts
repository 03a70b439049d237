import { FORM_FIXTURES, filledValues, scoreFill } from './fixtures/forms.ts';
import { expect, test } from './fixtures.ts';
import { importTestProfile } from './test-profile.ts';

/**
 * Every application form fixture, filled from the fixed test profile: each field's value as the
 * page's own code would submit it, nothing submitted, and the report listing what needs the user.
 */
for (const fixture of FORM_FIXTURES) {
  test(`${fixture.name}: filled as the page sees it, not submitted, report right`, async ({
    context,
    fixtures,
    openPanel,
    tabIdOf,
  }, testInfo) => {
    const page = await context.newPage();
    await page.goto(fixture.url.startsWith('/') ? fixtures + fixture.url : fixture.url);
    await expect(page.locator(fixture.ready).first()).toBeVisible();
    const panel = await openPanel(await tabIdOf(page));
    await importTestProfile(panel);
    await panel.getByTestId('tab-apply').click();
    await panel.getByTestId('autofill-run').click();
    await expect(panel.getByTestId('autofill-report')).toBeVisible();

    const actual = (await page.evaluate(`(() => { ${fixture.read} })()`)) as Record<string, unknown>;
    const score = scoreFill(fixture, actual);
    expect(filledValues(fixture, actual)).toEqual(fixture.expected);
    expect(score.wrong).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __submissions?: unknown[] }).__submissions ?? [])).toEqual([]);
    await expect(panel.getByTestId('autofill-failed')).toHaveCount(0);
    for (const question of fixture.needsYou ?? []) await expect(panel.getByTestId('autofill-needs-you')).toContainText(question);
    // For a person to look at: the filled form and the report.
    await page.screenshot({ path: testInfo.outputPath('filled-form.png'), fullPage: true });
    await panel.screenshot({ path: testInfo.outputPath('report.png'), fullPage: true });
  });
}
