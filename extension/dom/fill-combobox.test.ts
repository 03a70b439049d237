// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import { chooseCombobox } from './fill-combobox.ts';

/**
 * A search combobox as react-select renders one (Greenhouse's school field): an input with
 * role=combobox whose listbox shows rows once what was typed is answered. `answer` says what the
 * page lists for a query, and after how long (a server round trip).
 */
function searchBox(answer: (query: string) => { rows: string[]; afterMs: number }[]): { input: HTMLInputElement; chosen: () => string } {
  document.body.innerHTML = `<label for="school">School</label><input id="school" role="combobox" aria-controls="school-list"><div role="listbox" id="school-list"></div>`;
  const input = document.querySelector('input') as HTMLInputElement;
  const list = document.querySelector('[role="listbox"]') as HTMLElement;
  let chosen = '';
  input.addEventListener('input', () => {
    for (const { rows, afterMs } of answer(input.value))
      setTimeout(() => {
        list.replaceChildren(
          ...rows.map((row, i) => {
            const option = document.createElement('div');
            option.setAttribute('role', 'option');
            option.id = `school-option-${i}`;
            option.textContent = row;
            option.addEventListener('click', () => {
              chosen = row;
            });
            return option;
          }),
        );
      }, afterMs);
  });
  return { input, chosen: () => chosen };
}

const step = (value: string): FillStep => ({ ref: 'f1', action: 'choose', value, intent: { kind: 'text', text: value } }) as FillStep;

describe('chooseCombobox on a search that answers late', () => {
  it('waits for a slow search (2 s) and picks the answer', async () => {
    const { chosen } = searchBox((q) => [
      { rows: ['University of Colorado Boulder', 'Colorado State University'].filter((r) => r.includes(q)), afterMs: 2000 },
    ]);
    const result = await chooseCombobox(document.querySelector('input') as HTMLInputElement, step('University of Colorado Boulder'));
    expect(result).toMatchObject({ ok: true, value: 'University of Colorado Boulder' });
    expect(chosen()).toBe('University of Colorado Boulder');
  });

  it('does not take the rows shown while the search loads for its answer', async () => {
    const { chosen } = searchBox(() => [
      { rows: ['Searching…'], afterMs: 20 },
      { rows: ['Boulder Community College', 'University of Colorado Boulder'], afterMs: 600 },
    ]);
    const result = await chooseCombobox(document.querySelector('input') as HTMLInputElement, step('University of Colorado Boulder'));
    expect(result.ok).toBe(true);
    expect(chosen()).toBe('University of Colorado Boulder');
  });

  it('leaves the field empty and says so when the search never lists the answer', async () => {
    const { input, chosen } = searchBox(() => [{ rows: ['Some Other College'], afterMs: 50 }]);
    const result = await chooseCombobox(input, step('University of Colorado Boulder'));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no option clearly means') });
    expect(input.value).toBe('');
    expect(chosen()).toBe('');
  }, 10_000);
});
