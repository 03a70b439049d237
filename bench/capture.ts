import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { hostilePages } from '../e2e/fixtures/hostile-pages.ts';
import { realJobPages } from '../e2e/fixtures/real-pages.ts';
import { SITE_FIXTURES } from '../e2e/fixtures/sites.ts';
import { extractJob } from '../extension/sites/registry.ts';
import { buildExtension, ROOT } from '../scripts/lib/processes.ts';
import { withFixtureBrowser } from './browser-session.ts';
import { measure, type Summary, summarizeSequential } from './stats.ts';

type Record = (name: string, summary: Summary) => void;

/** Raw and gzip size of each content script in the production Chrome build. */
export function contentScriptSizes(): Array<{ file: string; bytes: number; gzipBytes: number }> {
  buildExtension();
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(dir, file));
      return { file: `content-scripts/${file}`, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
    });
}

/** Extraction in Node (linkedom), per fixture: the cost of `jobsmith extract` past parsing. */
export async function nodeExtraction(record: Record) {
  for (const fixture of SITE_FIXTURES.filter((f) => f.expected && !f.needsScripts)) {
    const doc = parseHTML(readFileSync(join(ROOT, 'e2e/fixtures/sites', fixture.file), 'utf8')).document as unknown as Document;
    record(`node: extract ${fixture.name}`, await measure(200, 1, async () => void extractJob(doc, fixture.url)));
  }
}

/** The page's job extracted `runs` times in the page (by the bundle's JobsmithBench global), each timed. */
function extractionTimes(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(
    ({ url, runs }) => {
      const api = (window as unknown as { JobsmithBench: { extractJob: (d: Document, u: string) => unknown } }).JobsmithBench;
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        api.extractJob(document, url);
        samples.push(performance.now() - t0);
      }
      return samples;
    },
    { url: page.url(), runs },
  );
}

/**
 * In Chromium: extraction on each fixture page (the adapters bundled and run in the page),
 * and the time from opening a job page in a tab to the side panel showing it.
 */
export async function chromiumCapture(record: Record) {
  buildExtension('--mode', 'e2e');
  const bundle = await build({
    entryPoints: [join(ROOT, 'extension/sites/registry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'JobsmithBench',
    platform: 'browser',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // Evaluated (not a script tag) where a page's CSP forbids scripts: the global must be set by hand.
  const evaluated = `${script}\nwindow.JobsmithBench = JobsmithBench;`;
  return withFixtureBrowser(async ({ context, extensionId: id, tabIdOf }) => {
    const page = await context.newPage();
    for (const fixture of SITE_FIXTURES.filter((f) => f.expected)) {
      if (fixture.file.startsWith('..')) continue;
      await page.goto(fixture.url);
      // Pages that render their job by script (Workday's SPA) are measured once it is on screen.
      if (fixture.needsScripts)
        await page.waitForFunction(() => document.querySelector('h1, h2, [data-automation-id="jobPostingHeader"]') !== null);
      await page.addScriptTag({ content: script });
      record(`chromium: extract ${fixture.name}`, summarizeSequential(await extractionTimes(page, 100)));
    }

    // Pages saved from the live sites (served as saved, page scripts off: the bundle goes in by
    // evaluation, which their CSP does not stop) and hostile pages (served by route).
    for (const saved of realJobPages()) {
      await page.goto(saved.url);
      await page.evaluate(evaluated);
      record(`chromium: extract real page ${saved.name}`, summarizeSequential(await extractionTimes(page, 100)));
    }
    for (const hostile of hostilePages()) {
      const body = hostile.html();
      await context.route(hostile.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      await page.goto(hostile.url);
      await page.evaluate(evaluated);
      // Each sample is one task of the content script's: its max is the longest Jobsmith adds to the page.
      record(`chromium: extract hostile page: ${hostile.name}`, summarizeSequential(await extractionTimes(page, 20)));
    }

    // Panel latency: the tab opens a new job page; how long until the panel shows it.
    const targets = SITE_FIXTURES.filter((f) => f.expected && !f.file.startsWith('..') && !f.needsScripts && f.source !== 'generic');
    const tab = await context.newPage();
    await tab.goto(`${targets.at(-1)?.url}`);
    const tabId = await tabIdOf(tab);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
    const latencies: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const target of targets) {
        const t0 = performance.now();
        await tab.goto(target.url, { waitUntil: 'commit' });
        await panel
          .getByTestId('job-title')
          .filter({ hasText: target.expected?.title ?? '' })
          .waitFor({ timeout: 10_000 })
          .catch(async (error) => {
            const shown = await panel
              .locator('main')
              .innerText({ timeout: 1000 })
              .catch(() => '(nothing)');
            throw new Error(
              `panel did not show ${target.name} (${target.url}) in tab ${tabId}; it shows: ${shown.slice(0, 200)}; ${error}`,
            );
          });
        latencies.push(performance.now() - t0);
      }
    }
    record('chromium: open a job page → panel shows it', summarizeSequential(latencies));
  });
}
