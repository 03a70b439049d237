import { chooseOption, isPlaceholder } from '../../shared/autofill/choose-option.ts';
import type { FieldOption } from '../../shared/autofill/fields.ts';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import { checkboxesOf, isChecked } from './choice-groups.ts';
import { isInput, isTag, namesakes } from './find-elements.ts';
import type { StepResult } from './insert.ts';
import { fire, nativeSetter } from './person-events.ts';
import { optionLabel } from './question-text.ts';
import { observeUntil } from './wait-for-page.ts';

/**
 * Choosing an answer among the options a form shows at once: a native select (waiting for a
 * list the page fills late), a radio group, exclusive checkboxes, a row of Yes/No buttons.
 */

/** How long a list that depends on another answer may take to be filled by the page. */
const DEPENDENT_LIST_MS = 2000;

/**
 * A native list: its option for the step. One that lists nothing yet is filled by the page once
 * another answer is in (Taleo's states after its country, fetched by a round trip): waited for.
 */
export async function chooseNativeSelect(el: HTMLSelectElement, step: FillStep): Promise<StepResult> {
  const read = (): FieldOption[] => Array.from(el.options, (o) => ({ label: o.text.trim(), value: o.value }));
  const listed = () => (read().some((o) => !isPlaceholder(o)) ? read() : undefined);
  const options = (await observeUntil([el], listed, { timeoutMs: DEPENDENT_LIST_MS, attributes: [] })) ?? read();
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  if (!option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  el.focus();
  nativeSetter(el)?.call(el, option.value);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
  return { ref: step.ref, ok: true, value: option.label };
}

export function chooseRadio(group: Element, step: FillStep): StepResult {
  // The group is its container, or one of its radios: then its siblings share the name.
  const radios = isInput(group, 'radio')
    ? namesakes(group)
    : (Array.from(group.querySelectorAll('input[type="radio"]')) as HTMLInputElement[]);
  // One answer drawn as checkboxes (see choice-groups.ts): the boxes play the radios.
  const boxes = radios.length === 0 ? checkboxesOf(group) : [];
  if (boxes.length > 0) return chooseBox(boxes, step);
  const options = radios.map((r) => ({ label: optionLabel(r) || r.value, value: r.value }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const radio = radios.find((r) => r.value === option?.value);
  if (!radio || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  radio.click();
  return { ref: step.ref, ok: true, value: option.label };
}

/** Exclusive checkboxes, native or ARIA (a click on the drawn box toggles it and its hidden input). */
function chooseBox(boxes: Element[], step: FillStep): StepResult {
  const options = boxes.map((b) => ({ label: optionLabel(b), value: optionLabel(b) }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const box = option ? boxes[options.indexOf(option)] : undefined;
  if (!box || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  for (const other of boxes) if (other !== box && isChecked(other)) (other as HTMLElement).click();
  if (!isChecked(box)) (box as HTMLElement).click();
  return { ref: step.ref, ok: true, value: option.label };
}

/** A row of Yes/No buttons (Ashby): press the one that answers. */
export function chooseButton(row: Element, step: FillStep): StepResult {
  const buttons = Array.from(row.children).filter((b): b is HTMLButtonElement => isTag(b, 'button'));
  const options = buttons.map((b) => ({ label: b.textContent?.trim() ?? '', value: b.textContent?.trim() ?? '' }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const button = option ? buttons[options.indexOf(option)] : undefined;
  if (!button || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  button.click();
  return { ref: step.ref, ok: true, value: option.label };
}
