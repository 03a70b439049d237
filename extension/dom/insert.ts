import { chooseOption, isPlaceholder } from '../../shared/autofill/choose-option.ts';
import type { FieldOption } from '../../shared/autofill/fields.ts';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { checkboxesOf, isChecked } from './choice-groups.ts';
import { byId, deepQuery, isInput, isTag, namesakes } from './find-elements.ts';
import { optionLabel, shownText } from './question-text.ts';
import { isAddButton } from './repeated-entries.ts';
import { fillable, uncovered } from './visible.ts';

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
  const proto = isTag(el, 'textarea')
    ? win.HTMLTextAreaElement.prototype
    : isTag(el, 'select')
      ? win.HTMLSelectElement.prototype
      : win.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string, { search = false } = {}) {
  el.focus();
  const setter = nativeSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  // Typed to search a combobox: it keeps the focus, or it drops the search (react-select clears its input on blur).
  if (search) return;
  fire(el, 'change');
  el.blur();
  fire(el, 'focusout');
}

/**
 * A native list: its option for the step. One that lists nothing yet is filled by the page once
 * another answer is in (Taleo's states after its country, fetched by a round trip): waited for.
 */
async function chooseNativeSelect(el: HTMLSelectElement, step: FillStep): Promise<StepResult> {
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

function chooseRadio(group: Element, step: FillStep): StepResult {
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

const OPTION = '[role="option"], [role="menuitem"]';

/**
 * An option in a list another combobox says is its own (the menu of a multi-select still closing
 * as the next opens). A search box inside the same widget (iCIMS) is not another combobox.
 */
function ownedByAnother(option: Element, el: Element): boolean {
  const id = option.closest('[role="listbox"]')?.id;
  if (!id) return false;
  const owner = (option.getRootNode() as Document | ShadowRoot).querySelector(
    `[role="combobox"][aria-controls="${CSS.escape(id)}"], [role="combobox"][aria-owns="${CSS.escape(id)}"]`,
  );
  return !!owner && owner !== el;
}

/**
 * The options a combobox lists now: in the list it names (aria-controls/owns, also in the roots
 * around its own, and inside the rows' shadow roots), else in its tree and the page. Menu items
 * count only when they were not on show before the control was opened (a menu button's own
 * menu, BambooHR's Fabric lists; not the page's navigation).
 */
function listedOptions(el: Element, before: Set<Element> = new Set()): Element[] {
  const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  const root = el.getRootNode() as Document | ShadowRoot;
  const list = listId ? byId(el, listId) : null;
  const scopes: Array<Element | Document | ShadowRoot> = root === el.ownerDocument ? [root] : [root, el.ownerDocument];
  // A list of web components may hold its rows in a slot (SmartRecruiters' spl-select): they are the slot's, not its children.
  const slotted = list ? Array.from(list.querySelectorAll('slot')).flatMap((slot) => slot.assignedElements({ flatten: true })) : [];
  const found = list
    ? [list, ...slotted].flatMap((part) => deepQuery(part, OPTION))
    : scopes.flatMap((scope) => Array.from(scope.querySelectorAll(OPTION)));
  return found.filter(
    (o) => o.getClientRects().length > 0 && (o.getAttribute('role') === 'option' || !before.has(o)) && (list || !ownedByAnother(o, el)),
  );
}

/**
 * What `find` finds, as soon as the page shows it (a MutationObserver on `roots`, not polling);
 * undefined after `timeoutMs`, or after `quietMs` in which the page did not change at all, when given.
 */
function observeUntil<T>(
  roots: Node[],
  find: () => T | undefined,
  { timeoutMs, quietMs, attributes }: { timeoutMs: number; quietMs?: number; attributes: string[] },
): Promise<T | undefined> {
  const now = find();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = (found: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve(found);
    };
    const rearm = () => {
      if (quietMs === undefined) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => done(undefined), quietMs);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found !== undefined) done(found);
      else rearm();
    });
    for (const root of new Set(roots))
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: attributes });
    const timer = setTimeout(() => done(find()), timeoutMs);
    rearm();
  });
}

/**
 * The combobox's options as soon as the page renders them; none after `timeoutMs`, or after
 * `quietMs` of a page that does not change (a typeahead lists nothing until typed into: no
 * reason to wait the whole timeout). A menu may render in the control's shadow root or in a
 * portal at the end of the page.
 */
async function waitForOptions(el: Element, timeoutMs: number, quietMs?: number, before?: Set<Element>): Promise<Element[]> {
  const listed = () => {
    const options = listedOptions(el, before);
    return options.length > 0 ? options : undefined;
  };
  return (
    (await observeUntil([el.ownerDocument, el.getRootNode()], listed, {
      timeoutMs,
      ...(quietMs === undefined ? {} : { quietMs }),
      attributes: ['class', 'style', 'hidden', 'aria-expanded', 'aria-controls'],
    })) ?? []
  );
}

function click(el: Element) {
  const win = el.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new win.MouseEvent(type, { bubbles: true, composed: true }));
}

/**
 * How long a text combobox may show nothing before it is taken for a typeahead. Menus of
 * react-select, Ashby and Workday open within the click's own task; a list fetched later still
 * arrives while the typed value is searched.
 */
const TYPEAHEAD_QUIET_MS = 30;

/** How long a list that depends on another answer may take to be filled by the page. */
const DEPENDENT_LIST_MS = 2000;

/** Custom dropdowns (react-select, Workday listboxes, Ashby): open, read the options, pick one. */
async function chooseCombobox(el: Element, step: FillStep): Promise<StepResult> {
  const before = new Set(listedOptions(el));
  (el as HTMLElement).focus();
  click(el);
  const typeable = isInput(el);
  if (typeable && el.getAttribute('role') === 'combobox') fire(el, 'keydown');
  // A text combobox that lists nothing once the page settles is a typeahead: type rather than wait.
  let options = await waitForOptions(el, typeable ? 400 : 1500, typeable ? TYPEAHEAD_QUIET_MS : undefined, before);
  let typed = false;
  if (options.length === 0 && typeable) {
    typeValue(el, step.intent?.kind === 'text' ? step.intent.text : step.value, { search: true });
    typed = true;
    options = await waitForOptions(el, 1500, undefined, before);
  }
  const read = options.map((o) => ({ label: shownText(o), value: o.id || shownText(o) }));
  const choice = (step.intent ? chooseOption(read, step.intent) : null) ?? read.find((o) => o.label === step.value);
  const target = choice ? options[read.indexOf(choice)] : undefined;
  if (!target || !choice) {
    const win = el.ownerDocument.defaultView ?? window;
    el.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    // What was typed to search is not an answer: leave the field as it was.
    if (typed && isInput(el)) typeValue(el, '');
    return { ref: step.ref, ok: false, error: `no option clearly means "${step.value}"` };
  }
  click(target);
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

/**
 * A button that opens a menu holding the file input (Jobvite's "Select" under "Add Resume"): open
 * it, and attach to the file input that a person can now reach and could not before.
 */
async function attachThroughMenu(button: Element, file: ResumeFile): Promise<StepResult> {
  const reachable = () => deepQuery(button.ownerDocument, 'input[type="file"]').filter((f) => fillable(f));
  const before = new Set(reachable());
  click(button);
  const opened = () => reachable().find((f) => !before.has(f)) as HTMLInputElement | undefined;
  const input = await observeUntil([button.ownerDocument], opened, {
    timeoutMs: 1500,
    attributes: ['class', 'style', 'hidden', 'aria-hidden'],
  });
  if (!input) return { ref: '', ok: false, error: 'the button opened no file picker a person could use' };
  return attachFile(input, file);
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
  const buttons = Array.from(row.children).filter((b): b is HTMLButtonElement => isTag(b, 'button'));
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
async function addEntries(button: Element, step: FillStep, hints: FormHints): Promise<StepResult> {
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
