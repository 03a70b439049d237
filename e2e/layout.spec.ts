import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fillPanel, PANEL_TABS as TABS } from './test-profile.ts';

/**
 * No tab of the side panel scrolls sideways at the narrowest width a side panel takes (360 px),
 * empty and with data: what does not fit wraps or scrolls inside its own box, and nothing
 * sticks out of the panel.
 */
const LEVER = 'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c';

/** Elements whose box reaches past the panel's right edge (a sideways scroll, or a clipped control). */
async function overflowing(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a box that scrolls on its own (a table, the tracker's list), the box is what counts.
      let scroller = el.parentElement;
      let contained = false;
      while (scroller && scroller !== document.body) {
        const style = getComputedStyle(scroller);
        if (/(auto|scroll|hidden)/.test(style.overflowX)) {
          contained = true;
          break;
        }
        scroller = scroller.parentElement;
      }
      if (!contained && box.right > width + 0.5) {
        const id = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : el.className ? `.${String(el.className).split(' ')[0]}` : '';
        out.push(`${el.tagName.toLowerCase()}${id} ends at ${Math.round(box.right)}px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return out.slice(0, 10);
  });
}

async function everyTab(panel: Page, when: string) {
  const found: string[] = [];
  for (const name of TABS) {
    await panel.getByTestId(`tab-${name}`).click();
    await panel.waitForTimeout(300);
    if (name === 'tracker') {
      for (const view of ['list', 'board'] as const) {
        const toggle = panel.getByTestId(`tracker-view-${view}`);
        if (await toggle.count()) await toggle.click();
        found.push(...(await overflowing(panel)).map((o) => `${when}, tracker ${view}: ${o}`));
      }
    } else if (name === 'tailor' && (await panel.getByTestId('tailor-edit').count())) {
      // The document as made, and in edit mode (its fields, flags and section buttons).
      found.push(...(await overflowing(panel)).map((o) => `${when}, tailor: ${o}`));
      await panel.getByTestId('tailor-edit').click();
      await expect(panel.getByTestId('tailor-editor')).toBeVisible();
      found.push(...(await overflowing(panel)).map((o) => `${when}, tailor editing: ${o}`));
      await panel.getByTestId('tailor-edit').click();
    } else found.push(...(await overflowing(panel)).map((o) => `${when}, ${name}: ${o}`));
  }
  return found;
}

/**
 * `npm run screenshots` sets this: every tab at a side panel's width and at desktop width, empty
 * and with data, written to docs/screenshots/ for the README.
 */
const SCREENSHOTS = process.env.JOBSMITH_SCREENSHOTS_DIR;

async function screenshots(panel: Page, state: 'empty' | 'data') {
  if (!SCREENSHOTS) return;
  for (const width of [400, 1280]) {
    await panel.setViewportSize({ width, height: 900 });
    for (const name of TABS) {
      await panel.getByTestId(`tab-${name}`).click();
      if (name === 'tailor' && state === 'data') {
        // The document made for the job (fillPanel tailored it), in edit mode beside its preview.
        await expect(panel.getByTestId('tailor-preview')).toHaveAttribute('data-rendered', 'true');
        if (!(await panel.getByTestId('tailor-editor').count())) await panel.getByTestId('tailor-edit').click();
        await expect(panel.getByTestId('tailor-editor')).toBeVisible();
      }
      await panel.waitForTimeout(400);
      await panel.screenshot({ path: `${SCREENSHOTS}/${name}-${state}-${width}.png`, fullPage: width === 400 });
    }
  }
  await panel.setViewportSize({ width: 360, height: 800 });
}

test('no tab scrolls sideways at 360 px, empty or with data', async ({ context, openPanel, tabIdOf }, testInfo) => {
  const page = await context.newPage();
  await page.goto(LEVER);
  const panel = await openPanel(await tabIdOf(page));
  await panel.setViewportSize({ width: 360, height: 800 });
  const found = await everyTab(panel, 'empty');
  await screenshots(panel, 'empty');

  await fillPanel(panel);
  found.push(...(await everyTab(panel, 'with data')));
  await screenshots(panel, 'data');
  for (const name of TABS) {
    await panel.getByTestId(`tab-${name}`).click();
    await panel.screenshot({ path: testInfo.outputPath(`${name}-360.png`), fullPage: true });
  }
  expect(found).toEqual([]);
});
