import type { EntryGroup, EntryRef } from '../../shared/autofill/fields.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { text } from './find-elements.ts';

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
const ADD_BUTTON = /^(\+\s*)?add( another| more| new)?( work experience| experience| position| education| school)?$/i;

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

export function makeEntries(hints: FormHints) {
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
