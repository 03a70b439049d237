import { isPlaceholder } from '../../shared/autofill/choose-option.ts';
import type { CollectedField, ControlKind, FieldOption } from '../../shared/autofill/fields.ts';
import { isGenericLabel } from '../../shared/autofill/generic-label.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { buttonChoice, checkboxGroupOf, isChecked, pressed } from './choice-groups.ts';
import { DROP_ZONE, dropZoneLabel, dropZones } from './drop-zones.ts';
import { byId, CONTROLS, deepQuery, isInput, isTag, text } from './find-elements.ts';
import {
  DATE_PART,
  datePartQuestion,
  groupLabel,
  labelOf,
  markRequired,
  optionLabel,
  questionAbove,
  radioQuestion,
} from './question-text.ts';
import { makeEntries } from './repeated-entries.ts';
import { createVisibility } from './visible.ts';

/**
 * Reads a form the way a person sees it: every control they can see, with its question text,
 * through open shadow roots (web-component ATSs such as SmartRecruiters) and same-origin frames.
 * This folder (extension/dom) is the only code that touches live pages. The refs it hands out
 * index `elements`, which the inserter uses to find the control again. A control's question
 * (question-text.ts), the controls that form one choice (choice-groups.ts), repeated entries and
 * drop zones each have a module of their own; this one walks the controls and builds the fields.
 */
export interface Collected {
  fields: CollectedField[];
  elements: Map<string, Element>;
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
