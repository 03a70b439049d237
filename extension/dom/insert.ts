import { chooseOption } from '../../shared/autofill/choose-option.ts';
import type { FieldOption } from '../../shared/autofill/fields.ts';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import { ADD_BUTTON } from './collect.ts';

/**
 * Puts values into a page the way a person does, so frameworks register them: focus, the
 * element's own native value setter (React tracks values through its own property on the
 * node; the prototype setter bypasses it, and the input event then tells React), input and
 * change events that bubble, then blur. It never submits anything.
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

function fire(el: Element, type: string) {
  const win = el.ownerDocument.defaultView ?? window;
  const event = type === 'input' ? new win.InputEvent('input', { bubbles: true, composed: true }) : new win.Event(type, { bubbles: true });
  el.dispatchEvent(event);
}

function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  const win = el.ownerDocument.defaultView ?? window;
  const proto =
    el instanceof win.HTMLTextAreaElement
      ? win.HTMLTextAreaElement.prototype
      : el instanceof win.HTMLSelectElement
        ? win.HTMLSelectElement.prototype
        : win.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.focus();
  const setter = nativeSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
  fire(el, 'focusout');
}

function chooseNativeSelect(el: HTMLSelectElement, step: FillStep): StepResult {
  const options: FieldOption[] = Array.from(el.options, (o) => ({ label: o.text.trim(), value: o.value }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  if (!option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  el.focus();
  nativeSetter(el)?.call(el, option.value);
  fire(el, 'input');
  fire(el, 'change');
  el.blur();
  return { ref: step.ref, ok: true, value: option.label };
}

function chooseRadio(group: Element, step: FillStep): StepResult {
  // The group is its container, or one of its radios: then its siblings share the name.
  const radios = (
    group instanceof HTMLInputElement && group.type === 'radio' && group.name
      ? Array.from((group.form ?? group.ownerDocument).querySelectorAll(`input[type="radio"][name="${CSS.escape(group.name)}"]`))
      : Array.from(group.querySelectorAll('input[type="radio"]'))
  ) as HTMLInputElement[];
  // One answer drawn as checkboxes (see collect.ts): the boxes play the radios.
  const boxes = radios.length === 0 ? (Array.from(group.querySelectorAll('input[type="checkbox"]')) as HTMLInputElement[]) : [];
  if (boxes.length > 0) return chooseBox(group, boxes, step);
  const label = (r: HTMLInputElement) =>
    (r.id ? group.ownerDocument.querySelector(`label[for="${CSS.escape(r.id)}"]`)?.textContent : r.closest('label')?.textContent)?.trim() ??
    r.value;
  const options = radios.map((r) => ({ label: label(r), value: r.value }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const radio = radios.find((r) => r.value === option?.value);
  if (!radio || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  radio.click();
  return { ref: step.ref, ok: true, value: option.label };
}

function chooseBox(group: Element, boxes: HTMLInputElement[], step: FillStep): StepResult {
  const label = (b: HTMLInputElement) =>
    (b.id ? group.ownerDocument.querySelector(`label[for="${CSS.escape(b.id)}"]`)?.textContent : b.closest('label')?.textContent)?.trim() ??
    '';
  const options = boxes.map((b) => ({ label: label(b), value: label(b) }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const box = option ? boxes[options.indexOf(option)] : undefined;
  if (!box || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  for (const other of boxes) if (other !== box && other.checked) other.click();
  if (!box.checked) box.click();
  return { ref: step.ref, ok: true, value: option.label };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForOptions(el: Element, timeoutMs = 1500): Promise<Element[]> {
  const doc = el.ownerDocument;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const scope = (listId && doc.getElementById(listId)) || doc;
    const options = Array.from(scope.querySelectorAll('[role="option"]')).filter(
      (o) => (o as HTMLElement).offsetParent !== null || o.getClientRects().length > 0,
    );
    if (options.length > 0) return options;
    await sleep(40);
  }
  return [];
}

/** Custom dropdowns (react-select, Workday listboxes, Ashby): open, read the options, pick one. */
async function chooseCombobox(el: Element, step: FillStep): Promise<StepResult> {
  const html = el as HTMLElement;
  html.focus();
  for (const type of ['mousedown', 'mouseup', 'click']) html.dispatchEvent(new MouseEvent(type, { bubbles: true }));
  if (el instanceof HTMLInputElement && el.getAttribute('role') === 'combobox') fire(el, 'keydown');
  // A text combobox that lists nothing at once is a typeahead: type soon rather than wait.
  let options = await waitForOptions(el, el instanceof HTMLInputElement ? 400 : 1500);
  if (options.length === 0 && el instanceof HTMLInputElement) {
    // Some comboboxes list options only after typing.
    typeValue(el, step.intent?.kind === 'text' ? step.intent.text : step.value);
    el.focus();
    options = await waitForOptions(el);
  }
  const read = options.map((o) => ({ label: o.textContent?.replace(/\s+/g, ' ').trim() ?? '', value: o.id || (o.textContent ?? '') }));
  const choice = (step.intent ? chooseOption(read, step.intent) : null) ?? read.find((o) => o.label === step.value);
  const target = choice ? options[read.indexOf(choice)] : undefined;
  if (!target || !choice) {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return { ref: step.ref, ok: false, error: `no option clearly means "${step.value}"` };
  }
  for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true }));
  return { ref: step.ref, ok: true, value: choice.label };
}

function transferOf(el: Element, file: ResumeFile): DataTransfer {
  const win = el.ownerDocument.defaultView ?? window;
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([file.bytes as BlobPart], file.name, { type: file.type }));
  return transfer;
}

function attachFile(el: HTMLInputElement, file: ResumeFile): StepResult {
  el.files = transferOf(el, file).files;
  fire(el, 'input');
  fire(el, 'change');
  return { ref: '', ok: true, value: file.name };
}

/** A drop zone without a file input: the file arrives the way a drag from the desktop brings it. */
function dropFile(zone: Element, file: ResumeFile): StepResult {
  const win = zone.ownerDocument.defaultView ?? window;
  const dataTransfer = transferOf(zone, file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new win.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
  }
  return { ref: '', ok: true, value: file.name };
}

/** A row of Yes/No buttons (Ashby): press the one that answers. */
function chooseButton(row: Element, step: FillStep): StepResult {
  const buttons = Array.from(row.children).filter((b): b is HTMLButtonElement => b instanceof HTMLButtonElement);
  const options = buttons.map((b) => ({ label: b.textContent?.trim() ?? '', value: b.textContent?.trim() ?? '' }));
  const option = (step.intent ? chooseOption(options, step.intent) : null) ?? options.find((o) => o.label === step.value);
  const button = option ? buttons[options.indexOf(option)] : undefined;
  if (!button || !option) return { ref: step.ref, ok: false, error: `no option "${step.value}"` };
  button.click();
  return { ref: step.ref, ok: true, value: option.label };
}

/** Resolves when `node` changes (an entry was added), or after the timeout. */
function changed(node: Element, timeoutMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      // Let the framework finish rendering the new entry.
      setTimeout(resolve, 30);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
    observer.observe(node, { childList: true, subtree: true });
  });
}

/**
 * "Add" under a repeated section, `count` times. Workday swaps "Add" for "Add Another" once an
 * entry exists, so after each click the button is looked up again in the section.
 */
async function addEntries(button: Element, step: FillStep): Promise<StepResult> {
  const count = Number(step.value);
  const section = button.parentElement?.parentElement ?? button.ownerDocument.body;
  let current: Element | undefined = button;
  let added = 0;
  while (current && added < count) {
    const done = changed(section);
    (current as HTMLElement).click();
    await done;
    added += 1;
    current = current.isConnected
      ? current
      : Array.from(section.querySelectorAll('button')).find(
          (b) => ADD_BUTTON.test(b.textContent?.trim() ?? '') || b.getAttribute('data-automation-id') === 'Add',
        );
  }
  return added === count
    ? { ref: step.ref, ok: true, value: `added ${count} ${count === 1 ? 'entry' : 'entries'}` }
    : { ref: step.ref, ok: false, error: `added ${added} of ${count} entries; the Add button went away` };
}

export async function applyStep(el: Element, step: FillStep, resume: ResumeFile | null): Promise<StepResult> {
  try {
    let result: StepResult;
    if (step.action === 'upload') {
      if (!resume) return { ref: step.ref, ok: false, error: 'no resume file to attach' };
      result = { ...(el instanceof HTMLInputElement ? attachFile(el, resume) : dropFile(el, resume)), ref: step.ref };
    } else if (step.action === 'add') {
      // The button is not a field: no outline.
      return await addEntries(el, step);
    } else if (step.action === 'check') {
      const box = el as HTMLInputElement;
      if (box.checked !== (step.value === 'true')) box.click();
      result = { ref: step.ref, ok: true, value: step.value };
    } else if (step.action === 'choose') {
      if (el instanceof HTMLSelectElement) result = chooseNativeSelect(el, step);
      else if (
        (el instanceof HTMLInputElement && el.type === 'radio') ||
        el.matches('fieldset, [role="radiogroup"]') ||
        el.querySelector('input[type="radio"]') ||
        (el.matches('fieldset, [role="group"]') && el.querySelector('input[type="checkbox"]'))
      )
        result = chooseRadio(el, step);
      else if (!(el instanceof HTMLButtonElement) && el.querySelector(':scope > button')) result = chooseButton(el, step);
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
