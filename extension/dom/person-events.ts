import { isTag } from './find-elements.ts';

/**
 * Events fired the way a person's typing and clicking fire them, so frameworks register the
 * value: focus, the element's own native value setter (React tracks values through its own
 * property on the node; the prototype setter bypasses it, and the input event then tells
 * React), input and change events that bubble, then blur.
 */

export function fire(el: Element, type: string) {
  const win = el.ownerDocument.defaultView ?? window;
  const event = type === 'input' ? new win.InputEvent('input', { bubbles: true, composed: true }) : new win.Event(type, { bubbles: true });
  el.dispatchEvent(event);
}

export function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  const win = el.ownerDocument.defaultView ?? window;
  const proto = isTag(el, 'textarea')
    ? win.HTMLTextAreaElement.prototype
    : isTag(el, 'select')
      ? win.HTMLSelectElement.prototype
      : win.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string, { search = false } = {}) {
  el.focus();
  const setter = nativeSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  // Typed to search a combobox: it keeps the focus, or it drops the search (react-select clears its input on blur).
  if (search) return;
  fire(el, 'change');
  el.blur();
  fire(el, 'focusout');
}

export function click(el: Element) {
  const win = el.ownerDocument.defaultView ?? window;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new win.MouseEvent(type, { bubbles: true, composed: true }));
}
