import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { attachFile, attachThroughMenu, dropFile } from './attach-file.ts';
import { isChecked } from './choice-groups.ts';
import { chooseButton, chooseNativeSelect, chooseRadio } from './fill-choices.ts';
import { chooseCombobox } from './fill-combobox.ts';
import { isInput, isTag } from './find-elements.ts';
import { typeValue } from './person-events.ts';
import { isAddButton } from './repeated-entries.ts';
import { fillable, uncovered } from './visible.ts';
import { changed } from './wait-for-page.ts';

/**
 * Puts values into a page the way a person does, so frameworks register them (person-events.ts),
 * one planned step at a time: text typed, choices made (fill-choices.ts, fill-combobox.ts), the
 * resume attached (attach-file.ts), repeated entries added. It never submits anything.
 */

export interface StepResult {
  ref: string;
  ok: boolean;
  value?: string;
  error?: string;
}

export interface ResumeFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const FILLED_OUTLINE = '2px solid #2f5fd0';

/**
 * "Add" under a repeated section, `count` times. Workday swaps "Add" for "Add Another" once an
 * entry exists, so after each click the button is looked up again in the section: the group it
 * sits in (Workday's "Work Experience", the button three divs down), else its grandparent.
 */
async function addEntries(button: Element, step: FillStep, hints: FormHints): Promise<StepResult> {
  const count = Number(step.value);
  const section = button.closest('[role="group"]') ?? button.parentElement?.parentElement ?? button.ownerDocument.body;
  let current: Element | undefined = button;
  let added = 0;
  while (current && added < count) {
    const done = changed(section);
    (current as HTMLElement).click();
    await done;
    added += 1;
    current = current.isConnected
      ? current
      : Array.from(section.querySelectorAll('button')).find((b) => isAddButton(b, hints) && fillable(b));
  }
  return added === count
    ? { ref: step.ref, ok: true, value: `added ${count} ${count === 1 ? 'entry' : 'entries'}` }
    : { ref: step.ref, ok: false, error: `added ${added} of ${count} entries; the Add button went away` };
}

/**
 * One planned step on its control. The control is checked again as it is filled: a page can hide
 * or cover it after it was collected (a honeypot shown for the collection, hidden for the fill).
 */
export async function applyStep(el: Element, step: FillStep, resume: ResumeFile | null, hints: FormHints = {}): Promise<StepResult> {
  try {
    if (!fillable(el) || !uncovered(el)) return { ref: step.ref, ok: false, error: 'the field is hidden or covered on the page' };
    let result: StepResult;
    if (step.action === 'upload') {
      if (!resume) return { ref: step.ref, ok: false, error: 'no resume file to attach' };
      const attached = isInput(el, 'file')
        ? attachFile(el, resume)
        : el.hasAttribute('aria-haspopup')
          ? await attachThroughMenu(el, resume)
          : dropFile(el, resume);
      result = { ...attached, ref: step.ref };
    } else if (step.action === 'add') {
      // The button is not a field: no outline.
      return await addEntries(el, step, hints);
    } else if (step.action === 'check') {
      if (isChecked(el) !== (step.value === 'true')) (el as HTMLElement).click();
      result = { ref: step.ref, ok: true, value: step.value };
    } else if (step.action === 'choose') {
      if (isTag(el, 'select')) result = await chooseNativeSelect(el as HTMLSelectElement, step);
      else if (
        isInput(el, 'radio') ||
        el.matches('fieldset, [role="radiogroup"]') ||
        el.querySelector('input[type="radio"]') ||
        (el.matches('fieldset, [role="group"]') && el.querySelector('input[type="checkbox"], [role="checkbox"]'))
      )
        result = chooseRadio(el, step);
      else if (!isTag(el, 'button') && el.querySelector(':scope > button')) result = chooseButton(el, step);
      else result = await chooseCombobox(el, step);
    } else {
      typeValue(el as HTMLInputElement, step.value);
      result = { ref: step.ref, ok: true, value: step.value };
    }
    if (result.ok) (el as HTMLElement).style.outline = FILLED_OUTLINE;
    return result;
  } catch (error) {
    // A hostile or broken page must not stop the rest of the form.
    return { ref: step.ref, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
