import type { CollectedField, ControlKind, FieldOption } from '../../shared/autofill/fields.ts';

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
  const style = el.ownerDocument.defaultView?.getComputedStyle(html);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  // File inputs are often visually hidden behind a styled drop zone; they still count.
  if (html instanceof HTMLInputElement && html.type === 'file') return true;
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
  return {
    ref,
    kind,
    label: labelOf(el),
    name: el.getAttribute('name') ?? '',
    htmlId: el.getAttribute('id') ?? '',
    autocomplete: el.getAttribute('autocomplete') ?? '',
    placeholder: el.getAttribute('placeholder') ?? '',
    required: input.required || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(labelOf(el)),
    value: kind === 'checkbox' ? String(input.checked) : (input.value ?? ''),
    options: [],
    automationId: el.getAttribute('data-automation-id') ?? el.closest('[data-automation-id]')?.getAttribute('data-automation-id') ?? '',
    section: text(el.closest('fieldset')?.querySelector('legend')),
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

export function collectFields(root: Document | Element): Collected {
  const fields: CollectedField[] = [];
  const elements = new Map<string, Element>();
  const radioGroups = new Map<string, CollectedField>();
  const controls = root.querySelectorAll('input, select, textarea, [role="combobox"], button[aria-haspopup="listbox"]');
  let n = 0;
  for (const el of Array.from(controls)) {
    if ((el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly || !visible(el)) continue;
    const kind = kindOf(el);
    if (!kind) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = el.name || el.closest('[role="radiogroup"], fieldset')?.id || `radio${n}`;
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
      field.options.push({ label: optionLabel, value: el.value });
      if (el.checked) field.value = el.value;
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
      field.value = text(shown) || (el instanceof HTMLButtonElement && !/select one/i.test(text(el)) ? text(el) : '');
    }
    fields.push(field);
    elements.set(ref, el);
  }
  return { fields, elements };
}
