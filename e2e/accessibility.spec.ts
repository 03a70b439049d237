import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fillPanel, PANEL_TABS as TABS } from './test-profile.ts';

/**
 * axe-core on every tab of the panel, empty and with data: no serious or critical violation.
 * axe runs inside the panel page (evaluated, which the extension's CSP allows where a script tag
 * would not be).
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const APPLY = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c/apply';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Serious and critical violations on the panel as it is now. */
async function violationsHere(panel: Page, where: string): Promise<string[]> {
  const result = await panel.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (result as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

async function violations(panel: Page, when: string): Promise<string[]> {
  await panel.evaluate(AXE);
  const found: string[] = [];
  for (const name of TABS) {
    await panel.getByTestId(`tab-${name}`).click();
    await panel.waitForTimeout(300);
    found.push(...(await violationsHere(panel, `${when}, ${name}`)));
  }
  return found;
}

test('no tab has a serious or critical accessibility violation, empty or with data', async ({ context, openPanel, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(APPLY);
  const panel = await openPanel(await tabIdOf(page));
  const found = await violations(panel, 'empty');
  await fillPanel(panel);
  await panel.getByTestId('tab-apply').click();
  await panel.getByTestId('autofill-run').click();
  await expect(panel.getByTestId('autofill-report')).toBeVisible();
  found.push(...(await violations(panel, 'with data')));

  // The Tailor tab's edit mode, with a claim the profile does not support marked beside its text.
  await panel.getByTestId('tab-tailor').click();
  await panel.getByTestId('tailor-edit').click();
  await panel.getByTestId('tailor-edit-bullet').first().fill('Cut costs by 75% at Deloitte');
  await expect(panel.getByTestId('tailor-flags')).toBeVisible();
  found.push(...(await violationsHere(panel, 'with data, tailor editing')));
  expect(found).toEqual([]);
});
