import { isDecline } from '../../shared/autofill/decline.ts';
import type { FieldOption } from '../../shared/autofill/fields.ts';
import { isInput, isTag, namesakes, text } from './find-elements.ts';
import { optionLabel } from './question-text.ts';

/**
 * Choices a page draws as something other than a radio group, read as one choice field: a row
 * of Yes/No buttons, checkboxes that answer one question together; and whether a box is on.
 */

/** Whether a checkbox or radio is on, native or ARIA. */
export const isChecked = (el: Element): boolean =>
  isTag(el, 'input') ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';

/**
 * Yes/No questions drawn as a row of buttons (Ashby), not radios: the row is one choice field,
 * its buttons the options, the pressed one its value.
 */
export function buttonChoice(row: Element): FieldOption[] | null {
  const buttons = Array.from(row.children);
  if (buttons.length < 2 || buttons.length > 5 || !buttons.every((b) => isTag(b, 'button'))) return null;
  const labels = buttons.map(text);
  if (!labels.some((l) => /^yes$/i.test(l)) || !labels.some((l) => /^no$/i.test(l))) return null;
  return labels.map((label) => ({ label, value: label }));
}

export function pressed(row: Element): string {
  const on = Array.from(row.children).find(
    (b) => b.getAttribute('aria-pressed') === 'true' || /(^|[-_\s])(active|selected|checked|pressed)/i.test(b.className),
  );
  return on ? text(on) : '';
}

/**
 * Checkboxes that answer one question together, filled as a choice field like a radio group:
 * boxes that share one name (Lever's "multiple-select" cards: "How did you hear about us?",
 * "Pronouns"), and boxes that are one answer, not several (Workday's disability form: "Yes…",
 * "No…", "I do not want to answer": a group of a few boxes, one of which declines). Other
 * boxes (consents, "I currently work here") are questions of their own. Returns the group's container.
 */
export function checkboxGroupOf(box: Element): Element | null {
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
