/** Choosing from menus that render late or never, lookups in shadow roots, menu-button selects and drawn checkboxes. */
import { expect, test } from '@playwright/test';
import { apply, collect, domEnginePerFile } from './dom-engine.ts';

const load = domEnginePerFile();

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
