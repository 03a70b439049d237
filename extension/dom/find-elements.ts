/**
 * Finding elements in a live page the way a person sees it: through open shadow roots (nested)
 * and same-origin frames, with id references resolved in the root an element lives in. The
 * collector and the inserter both look things up through these.
 */

// An ARIA checkbox (a div role="checkbox" drawn over an aria-hidden input: Workable, Radix) is the control itself.
export const CONTROLS = 'input, select, textarea, [role="combobox"], button[aria-haspopup="listbox"], [role="checkbox"]:not(input)';

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
