import { FORM_FIXTURES } from '../e2e/fixtures/forms.ts';
import { singleColumnResume } from '../extension/profile/test-resumes.ts';
import { withFixtureBrowser } from './browser-session.ts';
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
  return withFixtureBrowser(async ({ context, extensionId: id, tabIdOf }) => {
    const results: Accuracy[] = [];
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByTestId('tab-profile').click();
    await panel
      .getByTestId('profile-import')
      .setInputFiles({ name: 'jose-muller.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await singleColumnResume()) });
    await panel.getByTestId('profile-work-country').fill('US');
    await panel.getByTestId('profile-save').click();
    await panel.getByTestId('profile-name').waitFor();

    const fill = (tabId: number) =>
      panel.evaluate((tab) => chrome.runtime.sendMessage({ type: 'autofill/run', tabId: tab, refill: true }), tabId);

    for (const fixture of FORM_FIXTURES) {
      const times: number[] = [];
      const page = await context.newPage();
      let accuracy: Accuracy | null = null;
      for (let run = 0; run < 5; run++) {
        await page.goto(fixture.url);
        await page.waitForFunction(() => document.querySelectorAll('input').length > 3);
        const tabId = await tabIdOf(page);
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
    record(
      'autofill: fill a 40-field form (plan + type, incl. messaging)',
      summarize(
        times,
        times.reduce((a, b) => a + b, 0),
      ),
    );
    return results;
  });
}
