import { isGenericLabel } from '../../shared/autofill/generic-label.ts';
import { byId, CONTROLS, isTag, namesakes, text } from './find-elements.ts';
import { up } from './visible.ts';

/**
 * A control's question as a person reads it: its labels (for, wrapping, aria-labelledby, the
 * web component that hosts it), a group's legend, its table row, nearby text or the text above;
 * a radio or checkbox option's own words; a split date's question; the required mark.
 */

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
export function questionAbove(el: Element): string {
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
export function groupLabel(el: Element, skip?: Element[]): string {
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
export function radioQuestion(radio: HTMLInputElement): string {
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

// The label of one box of a split date ("Month" beside "Year"): the question is the group's ("From").
export const DATE_PART = /^(month|year|day|mm|yyyy|yy|dd)\*?$/i;

/**
 * The nearest label-like text around the parts, within a few levels or, at any depth, up to the
 * fieldset that groups them (Workday's legend "From" is six levels above its "Month" box).
 */
export function datePartQuestion(el: Element): string {
  const fieldset = el.closest('fieldset');
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && (depth < 5 || fieldset?.contains(node)); depth++, node = node.parentElement) {
    const candidates = Array.from(node.querySelectorAll('label, legend, [id$="-label"], [class*="label"]'));
    const question = candidates.find((c) => !c.contains(el) && text(c) && !DATE_PART.test(text(c)));
    if (question) return text(question).replace(/\s*\*$/, '');
  }
  return '';
}
