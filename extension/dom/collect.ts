import type { CollectedField, ControlKind, EntryGroup, EntryRef, FieldOption } from '../../shared/autofill/fields.ts';

/**
 * Reads a form the way a person sees it: every visible control with its question text. This and
 * insert.ts are the only code that touches live pages. The refs it hands out index `elements`,
 * which the inserter uses to find the control again.
 */
export interface Collected {
  fields: CollectedField[];
  elements: Map<string, Element>;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function visible(el: Element): boolean {
  const html = el as HTMLElement;
  if (html.hidden || html.closest('[hidden], [aria-hidden="true"]')) return false;
  // File inputs are often hidden (even display:none) behind a styled drop zone or button: they
  // count when what stands for them is visible.
  if (html instanceof HTMLInputElement && html.type === 'file') return html.parentElement ? visible(html.parentElement) : false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(html);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  const rect = html.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** The question text: label[for], wrapping label, aria-labelledby, aria-label, legend, placeholder, nearby text. */
export function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id) {
    const forLabel = doc.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (forLabel && text(forLabel)) return text(forLabel);
  }
  const wrapping = el.closest('label');
  if (wrapping && text(wrapping)) return text(wrapping);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const joined = labelledBy
      .split(/\s+/)
      .map((ref) => text(doc.getElementById(ref)))
      .filter(Boolean)
      .join(' ');
    if (joined) return joined;
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend && text(legend)) return text(legend);
  // Nearby text: the closest preceding label-like element within the field's wrapper.
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const candidate = node.querySelector('label, .label, [class*="label"], [class*="question"], .application-label, h3, h4');
    if (candidate && !candidate.contains(el) && text(candidate)) return text(candidate);
  }
  return el.getAttribute('placeholder')?.trim() ?? el.getAttribute('name') ?? '';
}

/**
 * A radio group's question: its legend or radiogroup label, else the nearest label-like text
 * above the group that is not one of its options ("Yes"/"No" labels are answers, not the question).
 */
function groupLabel(radio: HTMLInputElement): string {
  const legend = text(radio.closest('fieldset')?.querySelector('legend'));
  if (legend) return legend;
  const group = radio.closest('[role="radiogroup"]');
  if (group) {
    const named = group.getAttribute('aria-label') ?? text(group.ownerDocument.getElementById(group.getAttribute('aria-labelledby') ?? ''));
    if (named) return named;
  }
  const name = radio.name;
  let node: Element | null = radio.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const radios = name ? Array.from(node.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)) : [radio];
    const candidates = Array.from(
      node.querySelectorAll('.application-label, legend, label, [class*="label"], [class*="question"], h3, h4, p'),
    );
    const question = candidates.find((c) => !radios.some((r) => c.contains(r)) && text(c));
    if (question) return text(question);
  }
  return labelOf(radio);
}

// The label of one box of a split date ("Month" beside "Year"): the question is the group's ("From").
const DATE_PART = /^(month|year|day|mm|yyyy|yy|dd)\*?$/i;

function datePartQuestion(el: Element): string {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const candidates = Array.from(node.querySelectorAll('label, legend, [id$="-label"], [class*="label"]'));
    const question = candidates.find((c) => !c.contains(el) && text(c) && !DATE_PART.test(text(c)));
    if (question) return text(question).replace(/\s*\*$/, '');
  }
  return '';
}

/**
 * Work history and education repeat one group of fields per entry ("Work Experience 2"). An
 * entry is a container Workday names `workExperience-2` / `education-1`, or any group whose
 * heading or aria-label reads like that.
 */
const ENTRY_HEADING = /^(work experience|employment|experience|position|job|education|school)\s*#?\s*(\d+)\b/i;
const ENTRY_ID = /^(workExperience|education)-(\d+)$/;

function groupOf(word: string): EntryGroup {
  return /educ|school/i.test(word) ? 'education' : 'work';
}

function entryContainer(node: Element): { entry: EntryRef; heading: string } | null {
  const id = ENTRY_ID.exec(node.getAttribute('data-automation-id') ?? '');
  const heading = text(node.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > legend'));
  if (id) return { entry: { group: groupOf(id[1] ?? ''), index: Number(id[2]) - 1 }, heading: heading || `${id[1]} ${id[2]}` };
  if (!node.matches('[role="group"], fieldset, section, [data-automation-id]')) return null;
  const named = ENTRY_HEADING.exec(node.getAttribute('aria-label') ?? '') ?? ENTRY_HEADING.exec(heading);
  return named ? { entry: { group: groupOf(named[1] ?? ''), index: Number(named[2]) - 1 }, heading: named[0] } : null;
}

function entryOf(el: Element): { entry: EntryRef; heading: string } | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
    const found = entryContainer(node);
    if (found) return found;
  }
  return null;
}

/** A repeated section's "Add" button, with how many entries the section shows already. */
export const ADD_BUTTON = /^(\+\s*)?add( another| more| new)?( work experience| experience| position| education| school)?$/i;
function addEntryButton(button: Element): { entry: EntryRef; section: string } | null {
  if (!ADD_BUTTON.test(text(button)) && button.getAttribute('data-automation-id') !== 'Add') return null;
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const automation = node.getAttribute('data-automation-id') ?? '';
    const heading = text(node.querySelector('h2, h3, h4, legend'));
    const named = /workExperienceSection|educationSection/.test(automation)
      ? automation
      : /^(work experience|employment history|experience|education)$/i.test(heading)
        ? heading
        : '';
    if (!named) continue;
    const group = groupOf(named);
    const existing = Array.from(node.querySelectorAll('*')).filter((c) => entryContainer(c)?.entry.group === group).length;
    return { entry: { group, index: existing }, section: heading || (group === 'work' ? 'Work Experience' : 'Education') };
  }
  return null;
}

/**
 * Yes/No questions drawn as a row of buttons (Ashby), not radios: the row is one choice field,
 * its buttons the options, the pressed one its value.
 */
function buttonChoice(row: Element): FieldOption[] | null {
  const buttons = Array.from(row.children);
  if (buttons.length < 2 || buttons.length > 5 || !buttons.every((b) => b instanceof HTMLButtonElement)) return null;
  const labels = buttons.map(text);
  if (!labels.some((l) => /^yes$/i.test(l)) || !labels.some((l) => /^no$/i.test(l))) return null;
  return labels.map((label) => ({ label, value: label }));
}

function pressed(row: Element): string {
  const on = Array.from(row.children).find(
    (b) => b.getAttribute('aria-pressed') === 'true' || /(^|[-_\s])(active|selected|checked|pressed)/i.test(b.className),
  );
  return on ? text(on) : '';
}

/** A drop zone with no file input under it: files reach the page only by a drop event. */
const DROP_WORDS = /drag (and|&|or|n) drop|drop (your |a |the )?(file|resume|cv|document)s?( here)?|drop here/i;
function dropZones(root: Document | Element): Element[] {
  const zones = Array.from(root.querySelectorAll('[class*="drop" i], [data-testid*="drop" i], [aria-label*="drop" i], [role="button"]'));
  return zones.filter(
    (z) =>
      DROP_WORDS.test(text(z)) &&
      !z.querySelector('input[type="file"]') &&
      !z.closest('label')?.querySelector('input[type="file"]') &&
      // The innermost zone only: its wrappers carry the same words.
      !zones.some((inner) => inner !== z && z.contains(inner) && DROP_WORDS.test(text(inner))),
  );
}

/**
 * Checkboxes that are one answer, not several (Workday's disability form: "Yes…", "No…", "I do
 * not want to answer"): a group of a few boxes, one of which declines. Such a group is a choice
 * field like a radio group; other checkbox groups stay separate boxes.
 */
const DECLINE_OPTION = /do(n't| not) (want|wish)|decline|prefer not|rather not/i;
function exclusiveCheckboxes(box: HTMLInputElement): Element | null {
  const group = box.closest('fieldset, [role="group"]');
  if (!group) return null;
  const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
  if (boxes.length < 2 || boxes.length > 6) return null;
  return boxes.some((b) => DECLINE_OPTION.test(labelOf(b))) ? group : null;
}

function kindOf(el: Element): ControlKind | null {
  if (el instanceof HTMLSelectElement) return 'select';
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return 'combobox';
  if (!(el instanceof HTMLInputElement)) return null;
  switch (el.type) {
    case 'email':
    case 'tel':
    case 'url':
    case 'number':
    case 'file':
    case 'date':
    case 'checkbox':
      return el.type;
    case 'radio':
      return 'radio-group';
    case 'text':
    case 'search':
    case '':
      return 'text';
    default:
      return null;
  }
}

function base(el: Element, ref: string, kind: ControlKind): CollectedField {
  const input = el as HTMLInputElement;
  const own = labelOf(el);
  const label = DATE_PART.test(own) ? `${datePartQuestion(el)} ${own}`.trim() : own;
  const entry = entryOf(el);
  return {
    ...(entry ? { entry: entry.entry } : {}),
    ref,
    kind,
    label,
    name: el.getAttribute('name') ?? '',
    htmlId: el.getAttribute('id') ?? '',
    autocomplete: el.getAttribute('autocomplete') ?? '',
    placeholder: el.getAttribute('placeholder') ?? '',
    required: input.required || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(own),
    value: kind === 'checkbox' ? String(input.checked) : (input.value ?? ''),
    options: [],
    automationId: el.getAttribute('data-automation-id') ?? el.closest('[data-automation-id]')?.getAttribute('data-automation-id') ?? '',
    section: entry?.heading ?? text(el.closest('fieldset')?.querySelector('legend')),
  };
}

/** Options a combobox shows when opened, when the page says where they are (aria-controls). */
function comboboxOptions(el: Element): FieldOption[] {
  const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  const list = listId ? el.ownerDocument.getElementById(listId) : null;
  return list
    ? Array.from(list.querySelectorAll('[role="option"]'), (o) => ({ label: text(o), value: o.getAttribute('data-value') ?? text(o) }))
    : [];
}

/** The question of a drop zone: its aria-label, the caption just before it, else its own words. */
function dropZoneLabel(zone: Element): string {
  const aria = zone.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const caption = text(zone.previousElementSibling);
  return caption && caption.length <= 80 ? caption : text(zone).slice(0, 200);
}

export function collectFields(root: Document | Element): Collected {
  const fields: CollectedField[] = [];
  const elements = new Map<string, Element>();
  const radioGroups = new Map<string | Element, CollectedField>();
  const controls = root.querySelectorAll('input, select, textarea, [role="combobox"], button[aria-haspopup="listbox"]');
  let n = 0;
  for (const el of Array.from(controls)) {
    if ((el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly || !visible(el)) continue;
    const kind = kindOf(el);
    if (!kind) continue;
    const checkboxGroup = el instanceof HTMLInputElement && el.type === 'checkbox' ? exclusiveCheckboxes(el) : null;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || checkboxGroup)) {
      const group = checkboxGroup ?? (el.name || el.closest('[role="radiogroup"], fieldset')?.id || `radio${n}`);
      let field = radioGroups.get(group);
      if (!field) {
        const ref = `f${n++}`;
        field = {
          ...base(el, ref, 'radio-group'),
          label: groupLabel(el),
          required: el.required || /\*\s*$/.test(groupLabel(el)),
          value: '',
        };
        radioGroups.set(group, field);
        fields.push(field);
        elements.set(ref, el.closest('fieldset, [role="radiogroup"]') ?? el);
      }
      const optionLabel = labelOf(el);
      // A checkbox's value is "on" unless set: its label names the option.
      const value = checkboxGroup && (!el.value || el.value === 'on') ? optionLabel : el.value;
      field.options.push({ label: optionLabel, value });
      if (el.checked) field.value = value;
      continue;
    }
    // react-select and similar: the visible combobox input is the control; skip its hidden partner.
    if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
    const ref = `f${n++}`;
    const field = base(el, ref, kind);
    if (el instanceof HTMLSelectElement) {
      field.options = Array.from(el.options, (o) => ({ label: o.text.trim(), value: o.value }));
      field.value = el.value;
    } else if (kind === 'combobox') {
      field.options = comboboxOptions(el);
      // The chosen value shows beside the input (react-select's single-value, Workday's button text).
      const shown = el
        .closest('[class*="control"], [data-automation-id]')
        ?.querySelector('[class*="single-value"], [class*="singleValue"]');
      // An input combobox that shows its choice in itself (Ashby) holds it as its value.
      field.value =
        text(shown) ||
        (el instanceof HTMLButtonElement && !/select one/i.test(text(el)) ? text(el) : '') ||
        (el instanceof HTMLInputElement ? el.value : '');
    }
    fields.push(field);
    elements.set(ref, el);
  }
  // Buttons that stand for controls: Yes/No rows, and "Add" under work history or education.
  const rows = new Set<Element>();
  for (const button of Array.from(root.querySelectorAll('button'))) {
    if (button.disabled || !visible(button)) continue;
    const add = addEntryButton(button);
    if (add) {
      const ref = `f${n++}`;
      fields.push({ ...base(button, ref, 'add-entry'), label: text(button), section: add.section, entry: add.entry, required: false });
      elements.set(ref, button);
      continue;
    }
    const row = button.parentElement;
    if (!row || rows.has(row)) continue;
    const options = buttonChoice(row);
    if (!options) continue;
    rows.add(row);
    const ref = `f${n++}`;
    const label = labelOf(row);
    fields.push({ ...base(row, ref, 'radio-group'), label, options, value: pressed(row), required: /\*\s*$/.test(label) });
    elements.set(ref, row);
  }
  for (const zone of dropZones(root)) {
    if (!visible(zone)) continue;
    const ref = `f${n++}`;
    fields.push({ ...base(zone, ref, 'file'), label: dropZoneLabel(zone), value: '' });
    elements.set(ref, zone);
  }
  return { fields, elements };
}
