import { isDecline } from '../../shared/autofill/decline.ts';
import type { CollectedField, ControlKind, EntryGroup, EntryRef, FieldOption } from '../../shared/autofill/fields.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { createVisibility } from './visible.ts';

/**
 * Reads a form the way a person sees it: every control they can see, with its question text,
 * through open shadow roots (web-component ATSs such as SmartRecruiters) and same-origin frames.
 * This and insert.ts are the only code that touches live pages. The refs it hands out index
 * `elements`, which the inserter uses to find the control again.
 */
export interface Collected {
  fields: CollectedField[];
  elements: Map<string, Element>;
}

const CONTROLS = 'input, select, textarea, [role="combobox"], button[aria-haspopup="listbox"]';

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Tag test that holds across frames (`instanceof` does not: each frame has its own classes). */
export const isTag = (el: Element | null | undefined, tag: string): boolean => el?.localName === tag;
export const isInput = (el: Element | null | undefined, ...types: string[]): el is HTMLInputElement =>
  isTag(el, 'input') && (types.length === 0 || types.includes((el as HTMLInputElement).type));

/** The document or shadow root an element lives in, where its ids and `for` attributes resolve. */
const scopeOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;
const byId = (el: Element, id: string) => scopeOf(el).getElementById?.(id) ?? el.ownerDocument.getElementById(id);

/** The element above, through shadow roots (to their host); frames stop the walk. */
const up = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);

/**
 * Every element matching `selector` under `root`, in page order, through open shadow roots
 * (nested) and the documents of same-origin frames a person can see.
 */
export function deepQuery(root: Document | Element, selector: string, frameShown: (frame: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const visit = (scope: Document | Element | ShadowRoot) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      if ((isTag(el, 'iframe') || isTag(el, 'frame')) && frameShown(el)) {
        let inner: Document | null = null;
        try {
          // Cross-origin frames throw or give null: their own content script reads them.
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {}
        if (inner?.documentElement) visit(inner);
      }
    }
  };
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.push(root as Element);
  visit(root);
  return found;
}

/** Inside a label, what is not its words: the control it wraps (a select's options), scripts, icons. */
const NOT_LABEL = 'select, textarea, [role="listbox"], [role="option"], script, style, template, noscript, svg';
const BLOCK = /^(div|p|li|ul|ol|br|h[1-6]|section|header|footer|table|tr|td|th)$/;

/**
 * A label's words as a person reads them: not the options of a select it wraps (Lever's
 * "Gender" label holds its select), not what it does not show (a typeahead's hidden "Loading"),
 * with a space between blocks ("Gender" and "Select …" are not "GenderSelect").
 */
function labelText(label: Element): string {
  const parts: string[] = [];
  const layout = typeof (label as HTMLElement).checkVisibility === 'function' && (label as HTMLElement).checkVisibility();
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== 1) continue;
      const el = child as HTMLElement;
      if (el.matches(NOT_LABEL) || el.hidden || (layout && !el.checkVisibility())) continue;
      const block = BLOCK.test(el.localName);
      if (block) parts.push(' ');
      walk(el);
      if (block) parts.push(' ');
    }
  };
  walk(label);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const labelsText = (el: Element) =>
  Array.from((el as HTMLInputElement).labels ?? [])
    .map(labelText)
    .find(Boolean) ?? '';

const idsText = (el: Element, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => text(byId(el, ref)))
    .filter(Boolean)
    .join(' ');

/** The label of a form-layout table row: the cells before the control's cell (Taleo, older iCIMS). */
function tableRowLabel(el: Element): string {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !isTag(row, 'tr')) return '';
  const before = Array.from(row?.children ?? []).slice(0, Array.from(row?.children ?? []).indexOf(cell));
  return before
    .filter((c) => !c.querySelector(CONTROLS))
    .map(text)
    .filter(Boolean)
    .join(' ');
}

/** Short text just before the control (a heading or a caption), walking back through siblings and up. */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.querySelector(CONTROLS) || sib.matches(CONTROLS)) return '';
      const said = text(sib);
      if (said) return said.length <= 120 ? said : '';
    }
  }
  return '';
}

/**
 * The question text, from every source real forms use: its labels (label[for] and wrapping,
 * inside shadow roots too), aria-labelledby, aria-label, the label of the web component that
 * hosts it, a one-control fieldset's legend, its table row, nearby label-like text, a
 * preceding heading, aria-describedby, then placeholder and name.
 */
export function labelOf(el: Element): string {
  const own = labelsText(el);
  if (own) return own;
  const labelledBy = idsText(el, el.getAttribute('aria-labelledby'));
  if (labelledBy) return labelledBy;
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  // An input inside a web component: the component carries the label (`<x-input label="Email">`).
  const root = el.getRootNode();
  if ('host' in root) {
    const host = (root as ShadowRoot).host;
    const named = host.getAttribute('label')?.trim() || host.getAttribute('aria-label')?.trim();
    if (named) return named;
  }
  const legend = text(el.closest('fieldset')?.querySelector('legend'));
  if (legend) return legend;
  const row = tableRowLabel(el);
  if (row) return row;
  // Nearby text: the closest label-like element within the field's own wrapper (one that holds
  // no more than a pair of controls: a wider one is the form, whose labels are other fields').
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (depth > 0 && node.querySelectorAll(CONTROLS).length > 2) break;
    const candidate = node.querySelector('label, .label, [class*="label"], [class*="question"], .application-label, h3, h4');
    if (candidate && !candidate.contains(el) && text(candidate)) return text(candidate);
  }
  const before = precedingText(el);
  if (before) return before;
  const described = idsText(el, el.getAttribute('aria-describedby'));
  if (described && described.length <= 160) return described;
  return el.getAttribute('placeholder')?.trim() || el.getAttribute('name') || '';
}

/** What a control's own label says when the question is its group's ("Resume/CV" around "Attach"). */
const GENERIC_LABEL = /^(attach|upload|browse|choose( a)? file|select( a)? file|add file|enter manually|file|drop files? here)\b.{0,20}$/i;

/** The label of the group a control sits in: `role="group"`/radiogroup, a fieldset, through shadow hosts. */
function groupLabel(el: Element, skip?: Element[]): string {
  let node = up(el);
  for (let depth = 0; node && depth < 8; depth++, node = up(node)) {
    if (!node.matches('[role="group"], [role="radiogroup"], fieldset')) continue;
    const named =
      idsText(node, node.getAttribute('aria-labelledby')) ||
      node.getAttribute('aria-label')?.trim() ||
      text(node.querySelector(':scope > legend')) ||
      text(
        Array.from(node.querySelectorAll('legend, label, [class*="label"], [class*="question"], h3, h4, p')).find(
          (c) => !c.contains(el) && !(skip ?? []).some((s) => c.contains(s)) && text(c),
        ),
      );
    if (named) return named;
  }
  return '';
}

/**
 * A radio group's question: its legend or group label, else the nearest label-like text above
 * the group that is not one of its options ("Yes"/"No" labels are answers, not the question).
 */
function radioQuestion(radio: HTMLInputElement): string {
  const name = radio.name;
  const scope = scopeOf(radio);
  const radios = name ? Array.from(scope.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)) : [radio];
  const grouped = groupLabel(radio, radios);
  if (grouped) return grouped;
  let node: Element | null = radio.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const candidates = Array.from(
      node.querySelectorAll('.application-label, legend, label, [class*="label"], [class*="question"], h3, h4, p'),
    );
    const question = candidates.find((c) => !radios.some((r) => c.contains(r)) && !radios.some((r) => labelsOf(r).includes(c)) && text(c));
    if (question) return text(question);
  }
  return tableRowLabel(radio) || labelOf(radio);
}

const labelsOf = (el: Element): Element[] => Array.from((el as HTMLInputElement).labels ?? []);

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
 * entry is a container the site's hints name (Workday's `workExperience-2`), or any group whose
 * heading or aria-label reads like that.
 */
const ENTRY_HEADING = /^(work experience|employment|experience|position|job|education|school)\s*#?\s*(\d+)\b/i;

function groupOf(word: string): EntryGroup {
  return /educ|school/i.test(word) ? 'education' : 'work';
}

/** A repeated section's "Add" button. */
export const ADD_BUTTON = /^(\+\s*)?add( another| more| new)?( work experience| experience| position| education| school)?$/i;

export function isAddButton(button: Element, hints: FormHints = {}): boolean {
  return ADD_BUTTON.test(text(button)) || (!!hints.addButtonId && button.getAttribute('data-automation-id') === hints.addButtonId);
}

function makeEntries(hints: FormHints) {
  function entryContainer(node: Element): { entry: EntryRef; heading: string } | null {
    const id = hints.entryId?.exec(node.getAttribute('data-automation-id') ?? '');
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
  function addEntryButton(button: Element): { entry: EntryRef; section: string } | null {
    if (!isAddButton(button, hints)) return null;
    let node: Element | null = button.parentElement;
    for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
      const automation = node.getAttribute('data-automation-id') ?? '';
      const heading = text(node.querySelector('h2, h3, h4, legend'));
      const named = hints.entrySection?.test(automation)
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
  return { entryOf, addEntryButton };
}

/**
 * Yes/No questions drawn as a row of buttons (Ashby), not radios: the row is one choice field,
 * its buttons the options, the pressed one its value.
 */
function buttonChoice(row: Element): FieldOption[] | null {
  const buttons = Array.from(row.children);
  if (buttons.length < 2 || buttons.length > 5 || !buttons.every((b) => isTag(b, 'button'))) return null;
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
const DROP_ZONE = '[class*="drop" i], [data-testid*="drop" i], [aria-label*="drop" i], [role="button"]';
function dropZones(all: Element[]): Element[] {
  const candidates = all.filter((el) => el.matches(DROP_ZONE));
  return candidates.filter(
    (z) =>
      DROP_WORDS.test(text(z)) &&
      !z.querySelector('input[type="file"]') &&
      !z.closest('label')?.querySelector('input[type="file"]') &&
      // The innermost zone only: its wrappers carry the same words.
      !candidates.some((inner) => inner !== z && z.contains(inner) && DROP_WORDS.test(text(inner))),
  );
}

/**
 * Checkboxes that are one answer, not several (Workday's disability form: "Yes…", "No…", "I do
 * not want to answer"): a group of a few boxes, one of which declines. Such a group is a choice
 * field like a radio group; other checkbox groups stay separate boxes.
 */
function exclusiveCheckboxes(box: HTMLInputElement): Element | null {
  const group = box.closest('fieldset, [role="group"]');
  if (!group) return null;
  const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
  if (boxes.length < 2 || boxes.length > 6) return null;
  return boxes.some((b) => isDecline(labelOf(b))) ? group : null;
}

function kindOf(el: Element): ControlKind | null {
  if (isTag(el, 'select')) return 'select';
  if (isTag(el, 'textarea')) return 'textarea';
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return 'combobox';
  if (!isInput(el)) return null;
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

/** Options a combobox shows when opened, when the page says where they are (aria-controls). */
function comboboxOptions(el: Element): FieldOption[] {
  const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  const list = listId ? byId(el, listId) : null;
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

export interface CollectOptions {
  /** The site unit's markers of repeated entries (Workday). */
  hints?: FormHints;
  /** Whether a person can see a control; tests without layout pass their own. */
  shown?: (el: Element) => boolean;
}

export function collectFields(root: Document | Element, options: CollectOptions = {}): Collected {
  const visibility = createVisibility();
  const shown = options.shown ?? visibility.fillable;
  const frameShown = options.shown ?? visibility.seen;
  const { entryOf, addEntryButton } = makeEntries(options.hints ?? {});
  const fields: CollectedField[] = [];
  const elements = new Map<string, Element>();
  // Radio groups by their scope (document, shadow root or form) and name.
  const radioGroups = new Map<unknown, Map<string | Element, CollectedField>>();
  const all = deepQuery(root, `${CONTROLS}, button, ${DROP_ZONE}`, frameShown);
  let n = 0;

  const base = (el: Element, ref: string, kind: ControlKind): CollectedField => {
    const input = el as HTMLInputElement;
    const own = labelOf(el);
    const group = groupLabel(el);
    const label = DATE_PART.test(own) ? `${datePartQuestion(el)} ${own}`.trim() : GENERIC_LABEL.test(own) && group ? group : own;
    const entry = entryOf(el);
    return {
      ...(entry ? { entry: entry.entry } : {}),
      ref,
      kind,
      label,
      ...(group && group !== label ? { group } : {}),
      name: el.getAttribute('name') ?? '',
      htmlId: el.getAttribute('id') ?? '',
      autocomplete: el.getAttribute('autocomplete') ?? '',
      placeholder: el.getAttribute('placeholder') ?? '',
      required: input.required || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(label),
      value: kind === 'checkbox' ? String(input.checked) : (input.value ?? ''),
      options: [],
      automationId: el.getAttribute('data-automation-id') ?? el.closest('[data-automation-id]')?.getAttribute('data-automation-id') ?? '',
      section: entry?.heading ?? text(el.closest('fieldset')?.querySelector('legend')),
    };
  };

  const controls = all.filter((el) => el.matches(CONTROLS));
  for (const el of controls) {
    if ((el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly) continue;
    // react-select and similar: the visible combobox input is the control; skip its hidden partner.
    if (isInput(el, 'hidden', 'submit', 'button', 'reset', 'image')) continue;
    const kind = kindOf(el);
    // Taken out of the accessibility tree by the page (react-select's required twin): not a question.
    if (!kind || el.closest('[aria-hidden="true"], [inert]') || !shown(el)) continue;
    const checkboxGroup = isInput(el, 'checkbox') ? exclusiveCheckboxes(el) : null;
    if (isInput(el) && (el.type === 'radio' || checkboxGroup)) {
      const scope = el.form ?? el.getRootNode();
      const groups = radioGroups.get(scope) ?? new Map<string | Element, CollectedField>();
      radioGroups.set(scope, groups);
      const key = checkboxGroup ?? (el.name || el.closest('[role="radiogroup"], fieldset') || el);
      let field = groups.get(key);
      if (!field) {
        const ref = `f${n++}`;
        const question = radioQuestion(el);
        field = { ...base(el, ref, 'radio-group'), label: question, required: el.required || /\*\s*$/.test(question), value: '' };
        delete field.group;
        groups.set(key, field);
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
    const ref = `f${n++}`;
    const field = base(el, ref, kind);
    if (isTag(el, 'select')) {
      const select = el as HTMLSelectElement;
      field.options = Array.from(select.options, (o) => ({ label: o.text.trim(), value: o.value }));
      field.value = select.value;
    } else if (kind === 'combobox') {
      field.options = comboboxOptions(el);
      // The chosen value shows beside the input (react-select's single-value, Workday's button text).
      const shownValue = el
        .closest('[class*="control"], [data-automation-id]')
        ?.querySelector('[class*="single-value"], [class*="singleValue"]');
      // An input combobox that shows its choice in itself (Ashby) holds it as its value.
      field.value =
        text(shownValue) || (isTag(el, 'button') && !/select one/i.test(text(el)) ? text(el) : '') || (isInput(el) ? el.value : '');
    }
    fields.push(field);
    elements.set(ref, el);
  }
  // Buttons that stand for controls: Yes/No rows, and "Add" under work history or education.
  const rows = new Set<Element>();
  for (const button of all.filter((el) => isTag(el, 'button'))) {
    if ((button as HTMLButtonElement).disabled || button.matches(CONTROLS)) continue;
    const add = addEntryButton(button);
    if (add) {
      if (!shown(button)) continue;
      const ref = `f${n++}`;
      fields.push({ ...base(button, ref, 'add-entry'), label: text(button), section: add.section, entry: add.entry, required: false });
      elements.set(ref, button);
      continue;
    }
    const row = button.parentElement;
    if (!row || rows.has(row)) continue;
    const options = buttonChoice(row);
    if (!options || !shown(row)) continue;
    rows.add(row);
    const ref = `f${n++}`;
    const label = labelOf(row);
    fields.push({ ...base(row, ref, 'radio-group'), label, options, value: pressed(row), required: /\*\s*$/.test(label) });
    elements.set(ref, row);
  }
  for (const zone of dropZones(all)) {
    if (!shown(zone)) continue;
    const ref = `f${n++}`;
    fields.push({ ...base(zone, ref, 'file'), label: dropZoneLabel(zone), value: '' });
    elements.set(ref, zone);
  }
  return { fields, elements };
}
