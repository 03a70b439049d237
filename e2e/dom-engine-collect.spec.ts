/** What is collected and filled: only what a person can see, in shadow roots and same-origin frames, labelled as laid out. */
import { expect, test } from '@playwright/test';
import { apply, byLabel, collect, domEnginePerFile } from './dom-engine.ts';

const load = domEnginePerFile();

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
