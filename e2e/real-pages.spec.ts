import { writeFileSync } from 'node:fs';
import { looksLikeCode, type ReadFields, realJobPages, realPagesPresent, SCORED_FIELDS, scoreField } from './fixtures/real-pages.ts';
import { expect, test } from './fixtures.ts';

/** The floor on pages saved from the live sites, as in bin/real-pages.test.ts. */
const FLOOR = 0.95;

if (!realPagesPresent()) {
  console.warn('\n*** ../shared/real-pages is absent: the extension is NOT checked on pages saved from the live sites ***\n');
}

test.describe('the built extension on pages saved from the live sites', () => {
  test.skip(!realPagesPresent(), '../shared/real-pages is absent');

  test(`the panel shows at least ${FLOOR * 100} % of title, company, location and description start right`, async ({
    context,
    openPanel,
    tabIdOf,
  }, testInfo) => {
    test.setTimeout(180_000);
    const rows: Array<{ page: string; right: string[]; read: ReadFields }> = [];
    for (const saved of realJobPages()) {
      const page = await context.newPage();
      // Served under its real host over HTTPS, as saved (its own scripts off: see site-server.ts).
      await page.goto(saved.url);
      const panel = await openPanel(await tabIdOf(page));
      await panel.setViewportSize({ width: 400, height: 900 });
      // A page the extension cannot read shows "no job": wait for either.
      await expect(panel.getByTestId('job-title').or(panel.getByTestId('job-none'))).toBeVisible();
      const text = async (id: string) => ((await panel.getByTestId(id).count()) ? await panel.getByTestId(id).innerText() : '');
      const read: ReadFields = {
        title: await text('job-title'),
        company: await text('job-company'),
        location: await text('job-location'),
        description: await text('job-description'),
      };
      for (const [field, value] of Object.entries(read))
        expect(looksLikeCode(value), `${saved.name} ${field} holds code: ${value.slice(0, 120)}`).toBe(false);
      rows.push({ page: saved.name, right: SCORED_FIELDS.filter((f) => scoreField(f, read[f], saved)), read });
      await panel.screenshot({ path: testInfo.outputPath(`${saved.name}.png`), fullPage: true });
      await panel.close();
      await page.close();
    }
    writeFileSync(testInfo.outputPath('accuracy.json'), JSON.stringify(rows, null, 2));
    const right = rows.reduce((n, r) => n + r.right.length, 0);
    const misses = rows.flatMap((r) =>
      SCORED_FIELDS.filter((f) => !r.right.includes(f)).map((f) => `${r.page} ${f}: "${r.read[f].slice(0, 80)}"`),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(right / (rows.length * SCORED_FIELDS.length), misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
