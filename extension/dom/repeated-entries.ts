import type { EntryGroup, EntryRef } from '../../shared/autofill/fields.ts';
import type { FormHints } from '../../shared/sites/site.ts';
import { byId, text } from './find-elements.ts';

/**
 * Work history and education repeat one group of fields per entry ("Work Experience 2"). An
 * entry is a group whose name reads like that (named by aria-labelledby, as Workday's are, by
 * aria-label or by its own heading), or a container the site's hints mark by class.
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

/**
 * A group's names, as accessibility gives them first: the elements its aria-labelledby names (Workday's
 * entry names itself by an h5 two levels down), its aria-label, then a heading or legend of its own.
 */
function groupNames(node: Element): string[] {
  const labelledBy = (node.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(byId(node, id)))
    .join(' ');
  const heading = text(Array.from(node.children).find((c) => /^(h2|h3|h4|h5|legend)$/.test(c.localName)));
  return [labelledBy, node.getAttribute('aria-label')?.trim() ?? '', heading].filter(Boolean);
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
    const marked = hints.entryClass && entryByClass(node, hints.entryClass);
    if (marked) return marked;
    // Only a group can be an entry: ask that first (reading names on every ancestor scans the page).
    if (!node.matches('[role="group"], fieldset, section')) return null;
    const named = groupNames(node)
      .map((name) => ENTRY_HEADING.exec(name))
      .find(Boolean);
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
      const heading = groupNames(node)[0] ?? text(node.querySelector('h2, h3, h4, legend'));
      // Or the section holds entries the unit marks by class (Greenhouse's education--form).
      const marked = hints.entryClass
        ? Array.from(node.children)
            .map((c) => entryByClass(c, hints.entryClass as RegExp))
            .find(Boolean)
        : null;
      const named = /^(work experience|employment history|experience|education)$/i.test(heading)
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
