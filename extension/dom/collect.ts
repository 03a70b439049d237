import { isPlaceholder } from '../../shared/autofill/choose-option.ts';
import { isDecline } from '../../shared/autofill/decline.ts';
import type { CollectedField, ControlKind, EntryGroup, EntryRef, FieldOption } from '../../shared/autofill/fields.ts';
import { isGenericLabel } from '../../shared/autofill/generic-label.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { createVisibility, up } from './visible.ts';

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

// An ARIA checkbox (a div role="checkbox" drawn over an aria-hidden input: Workable, Radix) is the control itself.
const CONTROLS = 'input, select, textarea, [role="combobox"], button[aria-haspopup="listbox"], [role="checkbox"]:not(input)';

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Tag test that holds across frames (`instanceof` does not: each frame has its own classes). */
export const isTag = (el: Element | null | undefined, tag: string): boolean => el?.localName === tag;
export const isInput = (el: Element | null | undefined, ...types: string[]): el is HTMLInputElement =>
  isTag(el, 'input') && (types.length === 0 || types.includes((el as HTMLInputElement).type));

/** The document or shadow root an element lives in, where its ids and `for` attributes resolve. */
const scopeOf = (el: Element) => el.getRootNode() as Document | ShadowRoot;

/**
 * The inputs of this one's type and name in its form (outside a form, in its document or shadow
 * root): a radio group's radios, a named group of checkboxes.
 */
export function namesakes(input: HTMLInputElement): HTMLInputElement[] {
  if (!input.name) return [input];
  return Array.from((input.form ?? scopeOf(input)).querySelectorAll(`input[type="${input.type}"][name="${CSS.escape(input.name)}"]`));
}

/**
 * The element an id reference (aria-labelledby, aria-controls) names: in the element's own
 * shadow root, else in the roots around it. Web components nest (SmartRecruiters' City input
 * sits in one shadow root, the listbox it controls in the host's).
 */
export function byId(el: Element, id: string): Element | null {
  for (let root: Node = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    const found = (root as Document | ShadowRoot).getElementById?.(id);
    if (found) return found;
    if (!('host' in root)) return null;
  }
}

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
  // A host's own shadow tree too (a web component's rows hold their option in theirs).
  const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (own) visit(own);
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
    // A <slot> shows what the host puts in it (a web component's label text lives in the light DOM).
    const assigned = node.nodeName === 'SLOT' ? ((node as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
    for (const child of assigned.length > 0 ? assigned : Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== 1) continue;
      const el = child as HTMLElement;
      // A slot has no box of its own (display: contents): what it shows is judged on its own.
      if (el.matches(NOT_LABEL) || el.hidden || (layout && el.localName !== 'slot' && !el.checkVisibility())) continue;
      const block = BLOCK.test(el.localName);
      if (block) parts.push(' ');
      walk(el);
      if (block) parts.push(' ');
    }
  };
  walk(label);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An element's words as shown, through the slots of its shadow tree (a menu row's text is slotted in). */
export const shownText = (el: Element) => labelText(el);

const labelsText = (el: Element) =>
  Array.from((el as HTMLInputElement).labels ?? [])
    .map((label) => labelText(captionOf(label, el) ?? label))
    .find(Boolean) ?? '';

/**
 * A label that wraps the whole field (Lever: the question, then the control and its button
 * "ATTACH RESUME/CV") is read by its caption, the part named a label that does not hold the control.
 */
function captionOf(label: Element, control: Element): Element | null {
  if (!label.contains(control)) return null;
  return Array.from(label.querySelectorAll('[class*="label"]')).find((c) => !c.contains(control) && text(c)) ?? null;
}

/** The text of the elements an id list names, as shown (slotted text too). */
const idText = (el: Element, ref: string) => {
  const named = byId(el, ref);
  return named ? labelText(named) : '';
};
const idsText = (el: Element, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => idText(el, ref))
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

/**
 * The question text, from every source real forms use: its labels (label[for] and wrapping,
 * inside shadow roots too), aria-labelledby, aria-label, the label of the web component that
 * hosts it, a one-control fieldset's legend, its table row, nearby label-like text, a
 * preceding heading, aria-describedby, then placeholder and name.
 */
export function labelOf(el: Element): string {
  // The control's own names, in the order accessibility gives them (aria-labelledby first); a
  // generic one ("Choose file") gives way to a specific one ("Resume") when the control has both.
  const root = el.getRootNode();
  const host = 'host' in root ? (root as ShadowRoot).host : null;
  let own = '';
  for (const name of [
    () => {
      // Of several labelling elements, the ones that say what the control is for (Workable: "Resume" + "Choose file").
      const parts = (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((ref) => (ref ? idText(el, ref) : ''))
        .filter(Boolean);
      const specific = parts.filter((p) => !isGenericLabel(p));
      return (specific.length > 0 ? specific : parts).join(' ');
    },
    () => labelsText(el),
    () => el.getAttribute('aria-label')?.trim() ?? '',
    // An input inside a web component: the component carries the label (`<x-input label="Email">`).
    () => host?.getAttribute('label')?.trim() || host?.getAttribute('aria-label')?.trim() || '',
  ]) {
    const said = name();
    if (said && !isGenericLabel(said)) return said;
    own ||= said;
  }
  if (own) return own;
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
  const before = questionAbove(el);
  if (before) return before;
  const described = idsText(el, el.getAttribute('aria-describedby'));
  if (described && described.length <= 160) return described;
  return el.getAttribute('placeholder')?.trim() || el.getAttribute('name') || '';
}

/** The short text above a control whose own label is generic: the nearest, walking back and up (through shadow hosts). */
function questionAbove(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = up(node)) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches(CONTROLS) || sib.querySelector(CONTROLS)) return '';
      const said = text(sib);
      // The control's own button or caption ("Choose File", "Attach") is not the question.
      if (!said || isGenericLabel(said) || sib.matches('button, [role="button"]')) continue;
      return said.length <= 120 ? said : '';
    }
  }
  return '';
}

/**
 * A label as forms mark a required question: "*" at its end. An sr-only word after the asterisk
 * ("First name*Required", Teamtailor; "First Name*. Required", Taleo), "(required)" (Personio), another star ("Full name✱", Lever),
 * a leading "*" (Workable) or a leading sr-only "Required." all read as that.
 */
export function markRequired(label: string): string {
  const lead = /^(\*|required\.)\s*/i.test(label);
  const bare = label
    .replace(/^(\*|required\.)\s*/i, '')
    .replace(/\s*(?:[*✱＊∗]\s*[.,:]?\s*\(?required\)?|\(required\)|[✱＊∗])\.?$/i, '*')
    .trim();
  return lead && !bare.endsWith('*') ? `${bare}*` : bare;
}

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
          (c) => !c.contains(el) && !isOption(c, skip ?? [el]) && text(c),
        ),
      );
    if (named) return named;
  }
  return '';
}

/** Part of an option rather than the question: it holds one of the options, or sits in an option's label (MUI's "Yes" span). */
const isOption = (c: Element, options: Element[]) =>
  options.some((o) => c.contains(o) || labelsOf(o).some((l) => l.contains(c) || c.contains(l)) || o.closest('label')?.contains(c));

/**
 * A radio group's question (or a checkbox group's): its legend or group label, else the nearest label-like text above
 * the group that is not one of its options ("Yes"/"No" labels are answers, not the question).
 */
function radioQuestion(radio: HTMLInputElement): string {
  // Its options: the radios of its name, or the checkboxes of a named group (checkboxGroupOf).
  const radios = namesakes(radio);
  const grouped = groupLabel(radio, radios);
  if (grouped) return grouped;
  let node: Element | null = radio.parentElement;
  // Deep enough for options laid out in rows and columns (Lever's pronouns: label › li › row › wrapper › ul › field).
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const candidates = Array.from(
      node.querySelectorAll('.application-label, legend, label, [class*="label"], [class*="question"], h3, h4, p'),
    );
    const question = candidates.find((c) => !isOption(c, radios) && text(c));
    if (question) return text(question);
  }
  return tableRowLabel(radio) || labelOf(radio);
}

const labelsOf = (el: Element): Element[] => Array.from((el as HTMLInputElement).labels ?? []);

/** One option's words in a group: its own label (or the label that wraps an ARIA checkbox), not the group's question. */
export const optionLabel = (el: Element): string => labelsText(el) || (isTag(el, 'input') ? '' : text(el.closest('label'))) || labelOf(el);

/** Whether a checkbox or radio is on, native or ARIA. */
export const isChecked = (el: Element): boolean =>
  isTag(el, 'input') ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';

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

/** An entry marked by its class (FormHints.entryClass): its group, and its place among its like siblings. */
function entryByClass(node: Element, pattern: RegExp): { entry: EntryRef; heading: string } | null {
  for (const name of Array.from(node.classList)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const index = Array.from(node.parentElement?.children ?? [node])
      .filter((sibling) => sibling.classList.contains(name))
      .indexOf(node);
    const group = groupOf(match[1] ?? '');
    return { entry: { group, index }, heading: `${group === 'education' ? 'Education' : 'Employment'} ${index + 1}` };
  }
  return null;
}

function makeEntries(hints: FormHints) {
  function entryContainer(node: Element): { entry: EntryRef; heading: string } | null {
    const id = hints.entryId?.exec(node.getAttribute('data-automation-id') ?? '');
    const marked = hints.entryClass && entryByClass(node, hints.entryClass);
    if (marked) return marked;
    // Only a group can be an entry: ask that first (a heading query on every ancestor scans the page).
    if (!id && !node.matches('[role="group"], fieldset, section, [data-automation-id]')) return null;
    const heading = text(Array.from(node.children).find((c) => /^(h2|h3|h4|h5|legend)$/.test(c.localName)));
    if (id) return { entry: { group: groupOf(id[1] ?? ''), index: Number(id[2]) - 1 }, heading: heading || `${id[1]} ${id[2]}` };
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
      // Or the section holds entries the unit marks by class (Greenhouse's education--form).
      const marked = hints.entryClass
        ? Array.from(node.children)
            .map((c) => entryByClass(c, hints.entryClass as RegExp))
            .find(Boolean)
        : null;
      const named = hints.entrySection?.test(automation)
        ? automation
        : /^(work experience|employment history|experience|education)$/i.test(heading)
          ? heading
          : marked
            ? marked.entry.group
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
// Dropzone.js marks the element it listens on `dz-clickable` (Teamtailor's CV box).
const DROP_ZONE = '[class*="drop" i], [data-testid*="drop" i], [aria-label*="drop" i], [role="button"], .dz-clickable';
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
 * Checkboxes that answer one question together, filled as a choice field like a radio group:
 * boxes that share one name (Lever's "multiple-select" cards: "How did you hear about us?",
 * "Pronouns"), and boxes that are one answer, not several (Workday's disability form: "Yes…",
 * "No…", "I do not want to answer": a group of a few boxes, one of which declines). Other
 * boxes (consents, "I currently work here") are questions of their own. Returns the group's container.
 */
function checkboxGroupOf(box: Element): Element | null {
  return namedBoxes(box) ?? exclusiveCheckboxes(box);
}

/** The smallest container of the checkboxes that share this box's name, when there are several. */
function namedBoxes(box: Element): Element | null {
  if (!isInput(box, 'checkbox')) return null;
  const boxes = namesakes(box as HTMLInputElement);
  if (boxes.length < 2) return null;
  let group = box.parentElement;
  while (group && !boxes.every((b) => group?.contains(b))) group = group.parentElement;
  return group;
}

function exclusiveCheckboxes(box: Element): Element | null {
  const group = box.closest('fieldset, [role="group"]');
  if (!group) return null;
  const boxes = checkboxesOf(group);
  if (boxes.length < 2 || boxes.length > 6) return null;
  const labels = boxes.map(optionLabel);
  // Or opposite answers to one question (Workable: "Yes, I can work in the United States…" / "No, I would need sponsorship").
  const yesNo = labels.some((l) => /^yes\b/i.test(l)) && labels.some((l) => /^no\b/i.test(l));
  return yesNo || labels.some(isDecline) ? group : null;
}

/** A group's checkboxes as a person clicks them: the ARIA ones where they draw hidden inputs. */
export function checkboxesOf(group: Element): Element[] {
  const aria = Array.from(group.querySelectorAll('[role="checkbox"]:not(input)'));
  return aria.length > 0 ? aria : Array.from(group.querySelectorAll('input[type="checkbox"]'));
}

function kindOf(el: Element): ControlKind | null {
  if (isTag(el, 'select')) return 'select';
  if (isTag(el, 'textarea')) return 'textarea';
  if (!isTag(el, 'input') && el.getAttribute('role') === 'checkbox') return 'checkbox';
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return 'combobox';
  if (!isInput(el)) return null;
  // ARIA 1.0's combobox: a text box that owns a listbox (SuccessFactors' paginated selects).
  const list = el.getAttribute('aria-owns') ?? el.getAttribute('aria-controls');
  if (list && byId(el, list)?.getAttribute('role') === 'listbox') return 'combobox';
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

/**
 * What a page put in a field that is no answer of the user's: a dial code alone ("+31" in
 * Recruitee's phone box), or the placeholder repeated as the value. Such a field counts as empty.
 */
export function isPageFiller(value: string, placeholder = ''): boolean {
  const v = value.trim();
  return /^\+\s?\d{1,4}$/.test(v) || (v !== '' && v === placeholder.trim());
}

/** A choice shown in a button that reads like "-Select-" or "Choose one" is none. */
const choiceShown = (said: string) => {
  const bare = said.replace(/^[\s\-–—]+|[\s\-–—]+$/g, '');
  return isPlaceholder({ label: bare, value: bare }) ? '' : said;
};

/**
 * A native select the page hides and draws as a button that opens its own menu (BambooHR's
 * Fabric lists, bootstrap-select): the button, within the select's own small wrapper.
 */
function popupStandIn(select: Element, shown: (el: Element) => boolean): Element | null {
  let node = select.parentElement;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    if (node.matches('form, fieldset, body') || node.querySelectorAll('select, input:not([type="hidden"]), textarea').length > 1) break;
    const button = node.querySelector('button[aria-haspopup], [role="button"][aria-haspopup]');
    if (button && shown(button)) return button;
  }
  return null;
}

// What a document question's label names (Jobvite's "Add Resume" button over its attachment menu).
const DOCUMENT = /resume|\bcv\b|curriculum|cover letter|attachment|document/i;

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
  const hook = options.hints?.hookAttribute;
  let n = 0;

  const base = (el: Element, ref: string, kind: ControlKind): CollectedField => {
    const input = el as HTMLInputElement;
    const own = labelOf(el);
    const group = markRequired(groupLabel(el));
    // A generic label ("Attach", "file-input") is not the question: the group's is, or the heading above.
    const label = markRequired(
      DATE_PART.test(own) ? `${datePartQuestion(el)} ${own}`.trim() : isGenericLabel(own) ? group || questionAbove(el) || own : own,
    );
    const entry = entryOf(el);
    const value = kind === 'checkbox' ? String(isChecked(el)) : (input.value ?? '');
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
      value: isPageFiller(value, el.getAttribute('placeholder') ?? '') ? '' : value,
      options: [],
      // Workday's data-automation-id, or the attribute the site unit says names its controls, as "attribute=value".
      automationId:
        el.getAttribute('data-automation-id') ??
        el.closest('[data-automation-id]')?.getAttribute('data-automation-id') ??
        (hook && el.hasAttribute(hook) ? `${hook}=${el.getAttribute(hook)}` : ''),
      section: entry?.heading ?? text(el.closest('fieldset')?.querySelector('legend')),
    };
  };

  const controls = all.filter((el) => el.matches(CONTROLS));
  // Hidden native selects drawn by a popup button: the button is where the select is filled.
  const standIns = new Map<Element, Element>();
  for (const select of controls) {
    if (!isTag(select, 'select') || shown(select)) continue;
    const button = popupStandIn(select, shown);
    if (button) standIns.set(select, button);
  }
  const drawn = new Set(standIns.values());
  for (const el of controls) {
    if ((el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly || drawn.has(el)) continue;
    // react-select and similar: the visible combobox input is the control; skip its hidden partner.
    if (isInput(el, 'hidden', 'submit', 'button', 'reset', 'image')) continue;
    const kind = kindOf(el);
    const standIn = standIns.get(el);
    // Taken out of the accessibility tree by the page (react-select's required twin): not a question.
    if (!kind || el.closest('[aria-hidden="true"], [inert]') || (!standIn && !shown(el))) continue;
    // The native box under an ARIA checkbox is that checkbox.
    if (isInput(el, 'checkbox') && el.parentElement?.closest('[role="checkbox"]')) continue;
    const checkboxGroup = kind === 'checkbox' ? checkboxGroupOf(el) : null;
    const input = el as HTMLInputElement;
    if (isInput(el, 'radio') || checkboxGroup) {
      const scope = input.form ?? el.getRootNode();
      const groups = radioGroups.get(scope) ?? new Map<string | Element, CollectedField>();
      radioGroups.set(scope, groups);
      const key = checkboxGroup ?? (input.name || el.closest('[role="radiogroup"], fieldset') || el);
      let field = groups.get(key);
      if (!field) {
        const ref = `f${n++}`;
        const question = markRequired(radioQuestion(el as HTMLInputElement));
        const required = input.required || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(question);
        field = { ...base(el, ref, 'radio-group'), label: question, required, value: '' };
        delete field.group;
        groups.set(key, field);
        fields.push(field);
        elements.set(ref, checkboxGroup ?? el.closest('fieldset, [role="radiogroup"]') ?? el);
      }
      const said = optionLabel(el);
      // A checkbox's value is "on" unless set: its label names the option.
      const value = checkboxGroup && (!input.value || input.value === 'on') ? said : input.value;
      field.options.push({ label: said, value });
      if (isChecked(el)) field.value = value;
      continue;
    }
    const ref = `f${n++}`;
    if (standIn) {
      const select = el as HTMLSelectElement;
      const field = base(el, ref, 'combobox');
      field.options = Array.from(select.options, (o) => ({ label: o.text.trim(), value: o.value })).filter((o) => o.value !== '');
      field.value = choiceShown(text(standIn));
      fields.push(field);
      elements.set(ref, standIn);
      continue;
    }
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
  // A file input that is hidden now may sit in a menu a button opens (Jobvite's attachment menu).
  let hiddenFile: boolean | undefined;
  for (const button of all.filter((el) => isTag(el, 'button'))) {
    if ((button as HTMLButtonElement).disabled || button.matches(CONTROLS) || drawn.has(button)) continue;
    const popup = button.getAttribute('aria-haspopup');
    if (popup && popup !== 'false' && popup !== 'listbox' && shown(button)) {
      const label = labelOf(button);
      // Anywhere on the page: the menu may render outside the form (Jobvite's sits after it).
      hiddenFile ??= deepQuery((root as Element).ownerDocument ?? root, 'input[type="file"]').some((f) => !shown(f));
      // "Import resume from" fills the form from a resume: not the question the resume answers.
      if (DOCUMENT.test(label) && !/import|autofill|parse|apply with/i.test(label) && hiddenFile) {
        const ref = `f${n++}`;
        fields.push({ ...base(button, ref, 'file'), value: '' });
        elements.set(ref, button);
        continue;
      }
    }
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
    const label = markRequired(labelOf(row));
    fields.push({ ...base(row, ref, 'radio-group'), label, options, value: pressed(row), required: /\*\s*$/.test(label) });
    elements.set(ref, row);
  }
  for (const zone of dropZones(all)) {
    if (!shown(zone)) continue;
    const ref = `f${n++}`;
    const label = markRequired(dropZoneLabel(zone));
    fields.push({ ...base(zone, ref, 'file'), label, required: /\*\s*$/.test(label), value: '' });
    elements.set(ref, zone);
  }
  return { fields, elements };
}
