import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/browser.ts';
import { findChromium } from '../e2e/chromium.ts';
import { FORM_FIXTURES } from '../e2e/fixtures/forms.ts';
import { startSiteServer } from '../e2e/fixtures/site-server.ts';
import { singleColumnResume } from '../extension/profile/test-resumes.ts';
import { freePort, ROOT } from '../scripts/lib/processes.ts';
import { type Summary, summarize } from './stats.ts';

type Record = (name: string, summary: Summary) => void;
export interface Accuracy {
  form: string;
  fields: number;
  correct: number;
  wrong: string[];
  left: string[];
}

/** Autofill on each form fixture in Chromium: fields right / wrong / left empty, and time to fill (extension build from capture.ts). */
export async function autofillBench(record: Record): Promise<Accuracy[]> {
  const port = await freePort();
  const sites = await startSiteServer(port);
  const profile = mkdtempSync(join(tmpdir(), 'jobsmith-bench-'));
  const context = await launchWithExtension({
    chromium: findChromium(),
    extensionDir: join(ROOT, '.output/chrome-mv3-e2e'),
    profileDir: profile,
    hostRules: sites.hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(','),
  });
  const results: Accuracy[] = [];
  try {
    const id = await extensionIdOf(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByTestId('tab-profile').click();
    await panel
      .getByTestId('profile-import')
      .setInputFiles({ name: 'jose-muller.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnResume()) });
    await panel.getByTestId('profile-work-country').fill('US');
    await panel.getByTestId('profile-save').click();
    await panel.getByTestId('profile-name').waitFor();

    const tabIdOf = async (page: Page) =>
      context.serviceWorkers()[0]?.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
    const fill = (tabId: number) =>
      panel.evaluate((tab) => chrome.runtime.sendMessage({ type: 'autofill/run', tabId: tab, refill: true }), tabId);

    for (const fixture of FORM_FIXTURES) {
      const times: number[] = [];
      const page = await context.newPage();
      let accuracy: Accuracy | null = null;
      for (let run = 0; run < 5; run++) {
        await page.goto(fixture.url);
        await page.waitForFunction(() => document.querySelectorAll('input').length > 3);
        const tabId = (await tabIdOf(page)) ?? -1;
        const t0 = performance.now();
        const reply = (await fill(tabId)) as { ok: boolean; error?: { message: string } };
        times.push(performance.now() - t0);
        if (!reply.ok) throw new Error(`autofill failed on ${fixture.name}: ${reply.error?.message}`);
        if (accuracy) continue;
        const actual = (await page.evaluate(`(() => { ${fixture.read} })()`)) as { [k: string]: string | undefined };
        const entries = Object.entries(fixture.expected);
        const wrong = entries.filter(([k, v]) => v !== '' && (actual[k] ?? '') !== '' && actual[k] !== v).map(([k]) => k);
        const left = entries.filter(([k, v]) => v !== '' && (actual[k] ?? '') === '').map(([k]) => k);
        const filledWhenShouldNot = entries.filter(([k, v]) => v === '' && (actual[k] ?? '') !== '').map(([k]) => k);
        accuracy = {
          form: fixture.name,
          fields: entries.length,
          correct: entries.length - wrong.length - left.length - filledWhenShouldNot.length,
          wrong: [...wrong, ...filledWhenShouldNot],
          left,
        };
      }
      if (accuracy) results.push(accuracy);
      record(
        `autofill: fill ${fixture.name} (plan + type, incl. messaging)`,
        summarize(
          times,
          times.reduce((a, b) => a + b, 0),
        ),
      );
      await page.close();
    }

    // A 40-field single-page form.
    const page = await context.newPage();
    await page.goto(FORM_FIXTURES[1]?.url ?? '');
    await page.evaluate(() => {
      const labels = [
        'First name',
        'Last name',
        'Email',
        'Phone',
        'City',
        'LinkedIn',
        'GitHub',
        'Portfolio',
        'Current company',
        'Current title',
      ];
      const form = document.querySelector('form') as HTMLFormElement;
      form.innerHTML = Array.from(
        { length: 40 },
        (_, i) =>
          `<label for="x${i}">${labels[i % labels.length]} ${Math.floor(i / labels.length) || ''}</label><input id="x${i}" name="x${i}">`,
      ).join('');
    });
    const tabId = (await tabIdOf(page)) ?? -1;
    const times: number[] = [];
    for (let run = 0; run < 10; run++) {
      const t0 = performance.now();
      await fill(tabId);
      times.push(performance.now() - t0);
    }
    record(
      'autofill: fill a 40-field form (plan + type, incl. messaging)',
      summarize(
        times,
        times.reduce((a, b) => a + b, 0),
      ),
    );
  } finally {
    await context.close();
    await sites.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}
