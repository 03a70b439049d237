import { fileURLToPath } from 'node:url';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { build } from 'esbuild';

/**
 * The collector and inserter (extension/dom) on markup snippets shaped like real forms, in
 * Chromium because what a person can see is a matter of layout: honeypots, shadow roots,
 * same-origin frames, table layouts, menus that render late. No extension: the two modules are
 * bundled into the page as they are into the content script.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
let browser: Browser;
let engine: string;

test.beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `import { collectFields } from './extension/dom/collect.ts';
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
};`,
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

interface Seen {
  ref: string;
  kind: string;
  label: string;
  group: string;
  options: string[];
  value: string;
  required: boolean;
}

async function load(html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
  await page.addScriptTag({ content: engine });
  return page;
}
const collect = (page: Page, root?: string) =>
  page.evaluate((r) => (window as never as { __engine: { collect: (r?: string) => Seen[] } }).__engine.collect(r), root);
const apply = (page: Page, steps: Array<{ ref: string; action: string; value: string; label?: string }>, resume = false) =>
  page.evaluate(
    ([s, withResume]) =>
      (
        window as never as { __engine: { apply: (s: unknown, r: unknown) => Promise<Array<{ ok: boolean; error?: string }>> } }
      ).__engine.apply(s, withResume ? { name: 'resume.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) } : null),
    [steps.map((s) => ({ label: s.label ?? s.ref, ...s })), resume] as const,
  );
const byLabel = (fields: Seen[], label: string | RegExp) =>
  fields.find((f) => (typeof label === 'string' ? f.label === label : label.test(f.label)));

test('honeypots a person cannot see are never collected, and a control hidden after collection is not filled', async () => {
  const page = await load(`
    <form id="apply">
      <label for="first">First name</label><input id="first">
      <label for="email">Email</label><input id="email" type="email">
      <div style="opacity:0"><label for="h1">Email address</label><input id="h1" type="email"></div>
      <div style="opacity:0.01"><label for="h2">Phone</label><input id="h2" type="tel"></div>
      <div style="position:absolute;left:-9999px"><label for="h3">Last name</label><input id="h3"></div>
      <label for="h4">Full name</label><input id="h4" style="width:1px;height:1px;padding:0;border:0">
      <label for="h5">LinkedIn</label><input id="h5" style="clip-path:inset(50%)">
      <label for="h6">City</label><input id="h6" style="position:absolute;clip:rect(0 0 0 0)">
      <div style="height:0;overflow:hidden"><label for="h7">Website</label><input id="h7"></div>
      <div style="position:relative"><label for="h8">Current company</label><input id="h8"><div style="position:absolute;inset:-4px;background:#fff"></div></div>
      <input id="h9" type="file" style="display:none">
      <div style="display:flex;gap:4px"><button type="button">Attach</button><label for="cv" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">Attach</label><input id="cv" type="file" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px"></div>
    </form>`);
  const fields = await collect(page);
  const labels = fields.map((f) => f.label);
  // The overlay-covered field is on the page (judged as it is filled), every other honeypot is not.
  expect(labels).toEqual(['First name', 'Email', 'Current company', 'Attach']);
  const covered = byLabel(fields, 'Current company');
  const results = await apply(
    page,
    [
      { ref: byLabel(fields, 'First name')?.ref ?? '', action: 'type', value: 'Ada' },
      { ref: covered?.ref ?? '', action: 'type', value: 'Acme' },
      { ref: byLabel(fields, 'Attach')?.ref ?? '', action: 'upload', value: 'resume' },
    ],
    true,
  );
  expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  expect(await page.inputValue('#h8')).toBe('');
  // A control made transparent between collection and fill stays empty.
  const again = await collect(page);
  await page.evaluate(() => {
    (document.getElementById('email') as HTMLElement).style.opacity = '0';
  });
  const [late] = await apply(page, [{ ref: byLabel(again, 'Email')?.ref ?? '', action: 'type', value: 'a@b.c' }]);
  expect(late?.ok).toBe(false);
  expect(await page.inputValue('#email')).toBe('');
  await page.close();
});

test('controls inside nested open shadow roots are collected with their labels and filled', async () => {
  const page = await load(`<div id="form"><x-field id="f1"></x-field><x-field id="f2"></x-field><x-choice></x-choice></div>`);
  await page.evaluate(() => {
    // SmartRecruiters' spl-input: the label and input live in the host's shadow root, inside a
    // second component's shadow root that slots them.
    const field = (host: Element, id: string, label: string) => {
      const outer = host.attachShadow({ mode: 'open' });
      outer.innerHTML = `<x-inner><label slot="label" for="${id}">${label}<span aria-hidden="true">*</span></label><input id="${id}" aria-required="true"></x-inner>`;
      const inner = outer.querySelector('x-inner')?.attachShadow({ mode: 'open' });
      if (inner) inner.innerHTML = '<div><slot name="label"></slot><slot></slot></div>';
    };
    field(document.getElementById('f1') as Element, 'first-name-input', 'First name');
    field(document.getElementById('f2') as Element, 'email-input', 'Email');
    const choice = document.querySelector('x-choice')?.attachShadow({ mode: 'open' });
    if (choice)
      choice.innerHTML = `<div role="radiogroup" aria-labelledby="q"><p id="q">Will you need sponsorship?</p>
        <label><input type="radio" name="s" value="y">Yes</label><label><input type="radio" name="s" value="n">No</label></div>`;
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind])).toEqual([
    ['First name*', 'text'],
    ['Email*', 'text'],
    ['Will you need sponsorship?', 'radio-group'],
  ]);
  expect(fields[0]?.required).toBe(true);
  const results = await apply(page, [
    { ref: fields[0]?.ref ?? '', action: 'type', value: 'Ada' },
    { ref: fields[2]?.ref ?? '', action: 'choose', value: 'No' },
  ]);
  expect(results.every((r) => r.ok)).toBe(true);
  const values = await page.evaluate(() => {
    const f1 = document.getElementById('f1')?.shadowRoot?.querySelector('input') as HTMLInputElement;
    const radios = Array.from(document.querySelector('x-choice')?.shadowRoot?.querySelectorAll('input') ?? []) as HTMLInputElement[];
    return { first: f1.value, chosen: radios.find((r) => r.checked)?.value };
  });
  expect(values).toEqual({ first: 'Ada', chosen: 'n' });
  await page.close();
});

test('a same-origin frame is read and filled; a hidden frame is not read', async () => {
  const page = await load(`
    <h1>Careers</h1>
    <iframe id="shown" style="width:600px;height:300px" srcdoc="<label for='e'>Email</label><input id='e' type='email'>"></iframe>
    <iframe id="hidden" style="width:600px;height:300px;opacity:0" srcdoc="<label for='p'>Phone</label><input id='p' type='tel'>"></iframe>`);
  await page.waitForFunction(() => (document.getElementById('hidden') as HTMLIFrameElement).contentDocument?.getElementById('p'));
  const fields = await collect(page);
  expect(fields.map((f) => f.label)).toEqual(['Email']);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'type', value: 'a@b.c' }]);
  expect(result?.ok).toBe(true);
  expect(await page.frameLocator('#shown').locator('#e').inputValue()).toBe('a@b.c');
  await page.close();
});

test('labels from table rows, group labels, aria-describedby and preceding headings', async () => {
  const page = await load(`
    <table><tr><td class="label">Last Name:</td><td><input name="ln"></td></tr></table>
    <div role="group" aria-labelledby="up"><div id="up">Resume/CV<span>*</span></div>
      <button type="button">Attach</button><label for="resume" style="position:absolute;clip:rect(0 0 0 0)">Attach</label>
      <input id="resume" type="file" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px"></div>
    <div><h4>Current employer</h4><div><input name="q17"></div></div>
    <input aria-describedby="hint" name="q18"><p id="hint">Your city of residence</p>`);
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind])).toEqual([
    ['Last Name:', 'text'],
    ['Resume/CV*', 'file'],
    ['Current employer', 'text'],
    ['Your city of residence', 'text'],
  ]);
  expect(byLabel(fields, 'Resume/CV*')?.required).toBe(true);
  await page.close();
});

test('a react-select style menu that renders late is waited for by observation, and picked from', async () => {
  const page = await load(`
    <label id="c-label">Country</label>
    <div class="select__control"><input id="country" role="combobox" aria-labelledby="c-label" aria-expanded="false"></div>
    <div id="portal"></div>`);
  await page.evaluate(() => {
    const input = document.getElementById('country') as HTMLInputElement;
    input.addEventListener('mousedown', () => {
      // The page's framework renders the menu a little later, in a portal.
      setTimeout(() => {
        (document.getElementById('portal') as HTMLElement).innerHTML =
          '<div role="listbox"><div role="option">Canada</div><div role="option">United States</div></div>';
        for (const o of Array.from(document.querySelectorAll('[role="option"]')))
          o.addEventListener('click', () => {
            input.dataset.chosen = o.textContent ?? '';
          });
      }, 120);
    });
  });
  const fields = await collect(page);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'choose', value: 'United States' }]);
  expect(result?.ok).toBe(true);
  expect(await page.getAttribute('#country', 'data-chosen')).toBe('United States');
  await page.close();
});

test('a combobox whose menu never opens is left as it was, not holding the searched text', async () => {
  const page = await load(`<label for="loc">Location</label><div><input id="loc" role="combobox"></div>`);
  const fields = await collect(page);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'choose', value: 'Austin, TX' }]);
  expect(result?.ok).toBe(false);
  expect(await page.inputValue('#loc')).toBe('');
  await page.close();
});

test('a place lookup two shadow roots deep (SmartRecruiters): rows in the outer root, their text slotted into shadow options', async () => {
  const page = await load(
    `<spl-autocomplete id="city-host"></spl-autocomplete><spl-checkbox id="consent"><div slot="label-content">I accept the privacy notice</div></spl-checkbox>`,
  );
  await page.evaluate(() => {
    const host = document.getElementById('city-host') as HTMLElement;
    const outer = host.attachShadow({ mode: 'open' });
    outer.innerHTML = `<div><spl-input id="el10"></spl-input><div id="menu-el10" role="listbox"></div></div>`;
    const inner = (outer.getElementById('el10') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = `<label for="el10-input">City</label><input id="el10-input" role="combobox" aria-controls="menu-el10" aria-autocomplete="list">`;
    const input = inner.querySelector('input') as HTMLInputElement;
    const menu = outer.getElementById('menu-el10') as HTMLElement;
    input.addEventListener('input', () => {
      // The live lookup answers every place of that name.
      menu.replaceChildren(
        ...['Denver, PA, US', 'Denver, CO, US', 'Denver, IA, US'].map((place) => {
          const row = document.createElement('spl-select-option');
          row.attachShadow({ mode: 'open' }).innerHTML = '<div role="option"><slot></slot></div>';
          row.textContent = place;
          row.addEventListener('click', () => {
            host.dataset.chosen = place;
          });
          return row;
        }),
      );
    });
    const consent = (document.getElementById('consent') as HTMLElement).attachShadow({ mode: 'open' });
    consent.innerHTML = `<label for="c" id="c-label"><span><slot name="label-content"></slot><span aria-hidden="true">*</span></span></label><input id="c" type="checkbox" aria-labelledby="c-label">`;
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind])).toEqual([
    ['City', 'combobox'],
    ['I accept the privacy notice *', 'checkbox'],
  ]);
  const [result] = await apply(page, [
    { ref: fields[0]?.ref ?? '', action: 'choose', value: 'Denver, CO', intent: { kind: 'text', text: 'Denver, CO' } } as never,
  ]);
  expect(result).toMatchObject({ ok: true, value: 'Denver, CO, US' });
  expect(await page.getAttribute('#city-host', 'data-chosen')).toBe('Denver, CO, US');
  await page.close();
});

test('a hidden select drawn by a menu button (BambooHR Fabric) is chosen from its portal menu, not from the page navigation', async () => {
  const page = await load(`
    <nav><div role="menuitem">Colorado Springs office</div></nav>
    <form><label for="s">State *</label>
      <div class="fab-Select" style="position:relative"><select id="s" name="state.value" style="position:absolute;opacity:0;width:1px;height:1px"><option value=""></option></select>
      <button type="button" aria-haspopup="true"><span>-Select-</span></button></div>
      <label for="n">City</label><input id="n"></form>
    <div id="menu" role="menu" hidden><div role="menuitem">California</div><div role="menuitem">Colorado</div></div>`);
  await page.evaluate(() => {
    const button = document.querySelector('.fab-Select button') as HTMLElement;
    const menu = document.getElementById('menu') as HTMLElement;
    button.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
    });
    for (const item of Array.from(menu.children))
      item.addEventListener('click', () => {
        (button.firstElementChild as HTMLElement).textContent = item.textContent;
        menu.hidden = true;
      });
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind, f.value])).toEqual([
    ['State *', 'combobox', ''],
    ['City', 'text', ''],
  ]);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'choose', value: 'Colorado' }]);
  expect(result?.ok).toBe(true);
  expect(await page.textContent('.fab-Select button')).toBe('Colorado');
  await page.close();
});

test('a resume behind an attachment menu (Jobvite) is attached to the file input the menu shows, and a lone hidden one is not', async () => {
  const page = await load(`
    <form><h3 id="rh">Add Resume<span>*</span></h3>
      <button id="pick" type="button" aria-haspopup="true" aria-labelledby="rh">Select</button>
      <label for="fn">First name</label><input id="fn"></form>
    <div id="menu" style="display:none" role="dialog"><label for="f0">File</label>
      <input id="f0" type="file" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)"></div>
    <input id="lone" type="file" style="display:none">`);
  await page.evaluate(() => {
    const menu = document.getElementById('menu') as HTMLElement;
    document.getElementById('pick')?.addEventListener('click', () => {
      menu.style.display = 'block';
    });
  });
  const fields = await collect(page);
  const resume = byLabel(fields, 'Add Resume*');
  expect(resume?.kind).toBe('file');
  const [result] = await apply(page, [{ ref: resume?.ref ?? '', action: 'upload', value: 'resume' }], true);
  expect(result?.ok).toBe(true);
  const files = await page.evaluate(() =>
    ['f0', 'lone'].map((id) => (document.getElementById(id) as HTMLInputElement).files?.[0]?.name ?? ''),
  );
  expect(files).toEqual(['resume.pdf', '']);
  await page.close();
});

test('checkboxes drawn as div role="checkbox" over aria-hidden inputs (Workable) answer one question with one click', async () => {
  const page = await load(`
    <span id="q">Are you legally allowed to work in the United States?</span>
    <div role="group" aria-labelledby="q">
      <label><div role="checkbox" aria-checked="false" aria-labelledby="q y" tabindex="0" style="display:inline-block;width:16px;height:16px;border:1px solid">
        <input type="checkbox" aria-hidden="true" tabindex="-1" name="241907" style="position:absolute;opacity:0"></div><span id="y">Yes, I can work in the United States without sponsorship</span></label>
      <label><div role="checkbox" aria-checked="false" aria-labelledby="q n" tabindex="0" style="display:inline-block;width:16px;height:16px;border:1px solid">
        <input type="checkbox" aria-hidden="true" tabindex="-1" name="241908" style="position:absolute;opacity:0"></div><span id="n">No, I would need sponsorship</span></label>
    </div>`);
  await page.evaluate(() => {
    // The page's handler: a click on the drawn box toggles it and its input.
    for (const box of Array.from(document.querySelectorAll('[role="checkbox"]')))
      box.addEventListener('click', () => {
        const input = box.querySelector('input') as HTMLInputElement;
        input.checked = !input.checked;
        box.setAttribute('aria-checked', String(input.checked));
      });
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind, f.options])).toEqual([
    [
      'Are you legally allowed to work in the United States?',
      'radio-group',
      ['Yes, I can work in the United States without sponsorship', 'No, I would need sponsorship'],
    ],
  ]);
  const [result] = await apply(page, [
    { ref: fields[0]?.ref ?? '', action: 'choose', value: 'Yes, I can work in the United States without sponsorship' },
  ]);
  expect(result?.ok).toBe(true);
  const checked = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input')).map((i) => [i.checked, i.parentElement?.getAttribute('aria-checked')]),
  );
  expect(checked).toEqual([
    [true, 'true'],
    [false, 'false'],
  ]);
  await page.close();
});

test('a Dropzone.js box (Teamtailor) with its input hidden on <body> gets the resume by a drop', async () => {
  const page = await load(`
    <div id="upload"><label for="gone">Upload CV<sup aria-hidden="true">*</sup><span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">Required</span></label>
      <div class="dz-clickable" style="height:70px;border:2px dashed"><span class="dz-message">Drop your file or <u>upload</u></span></div></div>
    <input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;top:0;left:0;height:0;width:0">`);
  await page.evaluate(() => {
    const root = document.getElementById('upload') as HTMLElement;
    for (const type of ['dragenter', 'dragover']) root.addEventListener(type, (event) => event.preventDefault());
    root.addEventListener('drop', (event) => {
      event.preventDefault();
      root.dataset.dropped = (event as DragEvent).dataTransfer?.files[0]?.name ?? '';
    });
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([['Upload CV*', 'file', true]]);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'upload', value: 'resume' }], true);
  expect(result?.ok).toBe(true);
  expect(await page.getAttribute('#upload', 'data-dropped')).toBe('resume.pdf');
  await page.close();
});
