import { chooseOption } from '../../shared/autofill/choose-option.ts';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import { byId, deepQuery, isInput } from './find-elements.ts';
import type { StepResult } from './insert.ts';
import { click, fire, typeValue } from './person-events.ts';
import { shownText } from './question-text.ts';
import { observeUntil } from './wait-for-page.ts';

/**
 * Custom dropdowns (react-select, Workday listboxes, Ashby, web-component selects): open the
 * control, wait for its options wherever the page renders them, type to search a typeahead, and
 * click the option that means the step's answer.
 */

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
 * The combobox's options as soon as the page renders them (and, with `wanted`, as soon as they
 * hold what is wanted: a typeahead may first show stale or loading rows); none after
 * `timeoutMs`, or after `quietMs` of a page that does not change (a typeahead lists nothing until
 * typed into: no reason to wait the whole timeout). A menu may render in the control's shadow
 * root or in a portal at the end of the page.
 */
async function waitForOptions(
  el: Element,
  {
    timeoutMs,
    quietMs,
    before,
    wanted,
  }: { timeoutMs: number; quietMs?: number; before?: Set<Element>; wanted?: (options: Element[]) => boolean },
): Promise<Element[]> {
  const listed = () => {
    const options = listedOptions(el, before);
    return options.length > 0 && (!wanted || wanted(options)) ? options : undefined;
  };
  return (
    (await observeUntil([el.ownerDocument, el.getRootNode()], listed, {
      timeoutMs,
      ...(quietMs === undefined ? {} : { quietMs }),
      attributes: ['class', 'style', 'hidden', 'aria-expanded', 'aria-controls'],
    })) ?? listedOptions(el, before)
  );
}

/**
 * How long a text combobox may show nothing before it is taken for a typeahead. Menus of
 * react-select, Ashby and Workday open within the click's own task; a list fetched later still
 * arrives while the typed value is searched.
 */
const TYPEAHEAD_QUIET_MS = 30;

/**
 * How long a typed search may take to list the answer: a school or city search asks a server
 * (Greenhouse's schools), and a slow connection or a busy machine answers in seconds. It ends as
 * soon as the answer is listed; a list filtered on the page that settles without it ends sooner.
 */
const SEARCH_TIMEOUT_MS = 5000;
const SETTLED_FILTER_MS = 300;

/** The option that means the step's answer, among those listed. */
function optionFor(options: Element[], step: FillStep): { target: Element; label: string } | undefined {
  const read = options.map((o) => ({ label: shownText(o), value: o.id || shownText(o) }));
  const choice = (step.intent ? chooseOption(read, step.intent) : null) ?? read.find((o) => o.label === step.value);
  const target = choice ? options[read.indexOf(choice)] : undefined;
  return target && choice ? { target, label: choice.label } : undefined;
}

/**
 * Custom dropdowns (react-select, Workday listboxes, Ashby): open, read the options, pick one. A
 * text combobox whose open list lacks the answer (a typeahead that lists nothing yet, a long list
 * that renders only its first rows) is typed into, and the answer waited for.
 */
export async function chooseCombobox(el: Element, step: FillStep): Promise<StepResult> {
  const before = new Set(listedOptions(el));
  (el as HTMLElement).focus();
  click(el);
  const typeable = isInput(el);
  if (typeable && el.getAttribute('role') === 'combobox') fire(el, 'keydown');
  // A text combobox that lists nothing once the page settles is a typeahead: type rather than wait.
  const shown = await waitForOptions(el, typeable ? { timeoutMs: 400, quietMs: TYPEAHEAD_QUIET_MS, before } : { timeoutMs: 1500, before });
  let found = optionFor(shown, step);
  let typed = false;
  if (!found && typeable) {
    typeValue(el, step.intent?.kind === 'text' ? step.intent.text : step.value, { search: true });
    typed = true;
    const answered = await waitForOptions(el, {
      timeoutMs: SEARCH_TIMEOUT_MS,
      // A list already shown filters on the page, at once: when it settles without the answer, there is none.
      ...(shown.length > 0 ? { quietMs: SETTLED_FILTER_MS } : {}),
      before,
      wanted: (options) => optionFor(options, step) !== undefined,
    });
    found = optionFor(answered, step);
  }
  if (!found) {
    const win = el.ownerDocument.defaultView ?? window;
    el.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    // What was typed to search is not an answer: leave the field as it was.
    if (typed && isInput(el)) typeValue(el, '');
    return { ref: step.ref, ok: false, error: `no option clearly means "${step.value}"` };
  }
  click(found.target);
  return { ref: step.ref, ok: true, value: found.label };
}
