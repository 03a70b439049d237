/** What the dom-engine-*.spec.ts files share: the collector and inserter bundled into snippet pages in a Chromium of their own. */
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page, test } from '@playwright/test';
import { build } from 'esbuild';

/**
 * The collector and inserter (extension/dom) on markup snippets shaped like real forms, in
 * Chromium because what a person can see is a matter of layout: honeypots, shadow roots,
 * same-origin frames, table layouts, menus that render late. No extension: the two modules are
 * bundled into the page as they are into the content script.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the page runs: the two modules behind `window.__engine`, which keeps the last collection's elements for `apply`. */
const ENGINE_SOURCE = `import { collectFields } from './extension/dom/collect.ts';
import { applyStep } from './extension/dom/insert.ts';
let last = null;
window.__engine = {
  collect(rootSelector) {
    last = collectFields(rootSelector ? document.querySelector(rootSelector) : document);
    return last.fields.map((f) => ({ ref: f.ref, kind: f.kind, label: f.label, group: f.group ?? '', options: f.options.map((o) => o.label), value: f.value, required: f.required }));
  },
  async apply(steps, resume) {
    const out = [];
    for (const step of steps) out.push(await applyStep(last.elements.get(step.ref), { why: '', field: 'remembered', ...step }, resume));
    return out;
  },
};`;

/**
 * For a spec file that calls this at its top: the engine bundled and a browser launched for the
 * file; returns `load`, which opens a snippet in a page of its own with the engine in it.
 */
export function domEnginePerFile() {
  let browser: Browser;
  let engine: string;

  test.beforeAll(async () => {
    const out = await build({
      stdin: {
        contents: ENGINE_SOURCE,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      logLevel: 'silent',
    });
    engine = out.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({ executablePath: process.env.JOBSMITH_E2E_CHROMIUM ?? '/usr/bin/chromium' });
  });
  test.afterAll(() => browser?.close());

  return async function load(html: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
    await page.addScriptTag({ content: engine });
    return page;
  };
}

/** A collected field as the tests see it. */
interface Seen {
  ref: string;
  kind: string;
  label: string;
  group: string;
  options: string[];
  value: string;
  required: boolean;
}

export const collect = (page: Page, root?: string) =>
  page.evaluate((r) => (window as never as { __engine: { collect: (r?: string) => Seen[] } }).__engine.collect(r), root);
export const apply = (page: Page, steps: Array<{ ref: string; action: string; value: string; label?: string }>, resume = false) =>
  page.evaluate(
    ([s, withResume]) =>
      (
        window as never as { __engine: { apply: (s: unknown, r: unknown) => Promise<Array<{ ok: boolean; error?: string }>> } }
      ).__engine.apply(s, withResume ? { name: 'resume.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) } : null),
    [steps.map((s) => ({ label: s.label ?? s.ref, ...s })), resume] as const,
  );
export const byLabel = (fields: Seen[], label: string | RegExp) =>
  fields.find((f) => (typeof label === 'string' ? f.label === label : label.test(f.label)));
