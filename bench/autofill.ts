import { type FillScore, FORM_FIXTURES, scoreFill } from '../e2e/fixtures/forms.ts';
import { importTestProfile } from '../e2e/test-profile.ts';
import { withFixtureBrowser } from './browser-session.ts';
import { type Summary, summarizeSequential } from './stats.ts';

type Record = (name: string, summary: Summary) => void;
export interface Accuracy extends FillScore {
  form: string;
}

/** Autofill on each form fixture in Chromium: fields right / wrong / left empty, and time to fill (extension build from capture.ts). */
export async function autofillBench(record: Record): Promise<Accuracy[]> {
  return withFixtureBrowser(async ({ context, extensionId: id, fixtures, tabIdOf }) => {
    const results: Accuracy[] = [];
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await importTestProfile(panel);

    const fill = (tabId: number) =>
      panel.evaluate((tab) => chrome.runtime.sendMessage({ type: 'autofill/run', tabId: tab, refill: true }), tabId);

    for (const fixture of FORM_FIXTURES) {
      const times: number[] = [];
      const page = await context.newPage();
      let accuracy: Accuracy | null = null;
      for (let run = 0; run < 5; run++) {
        await page.goto(fixture.url.startsWith('/') ? fixtures + fixture.url : fixture.url);
        await page.locator(fixture.ready).first().waitFor();
        const tabId = await tabIdOf(page);
        const t0 = performance.now();
        const reply = (await fill(tabId)) as { ok: boolean; error?: { message: string } };
        times.push(performance.now() - t0);
        if (!reply.ok) throw new Error(`autofill failed on ${fixture.name}: ${reply.error?.message}`);
        if (accuracy) continue;
        const actual = (await page.evaluate(`(() => { ${fixture.read} })()`)) as { [field: string]: unknown };
        accuracy = { form: fixture.name, ...scoreFill(fixture, actual) };
      }
      if (accuracy) results.push(accuracy);
      record(`autofill: fill ${fixture.name} (plan + type, incl. messaging)`, summarizeSequential(times));
      await page.close();
    }

    // A 40-field single-page form.
    const page = await context.newPage();
    // On the Lever page, whose plain <form> is replaced by 40 fields.
    await page.goto(FORM_FIXTURES.find((f) => f.file === 'lever/apply.html')?.url ?? '');
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
    const tabId = await tabIdOf(page);
    const times: number[] = [];
    for (let run = 0; run < 10; run++) {
      const t0 = performance.now();
      await fill(tabId);
      times.push(performance.now() - t0);
    }
    record('autofill: fill a 40-field form (plan + type, incl. messaging)', summarizeSequential(times));
    return results;
  });
}
