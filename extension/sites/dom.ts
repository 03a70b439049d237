/** Small readers over a page's DOM, shared by the site adapters. They never throw on a missing node. */

// Elements whose text is never what a reader sees: CSS-in-JS pages put <style> inside the very
// nodes that hold a company name, and icons carry SVG <title>s.
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT']);

/** The text a person reads in `node`: text nodes outside style, script, template and SVG. */
export function readableText(node: Node): string {
  let out = '';
  // Iterative: a hostile page can nest far deeper than the call stack.
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    if (current.nodeType === 3) {
      out += current.nodeValue ?? '';
      continue;
    }
    if (current.nodeType === 1 && NOT_TEXT.has((current as Element).tagName)) continue;
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out;
}

export function textOf(node: Element | null | undefined): string | null {
  const text = node
    ? readableText(node)
        .replace(/[\s\u00a0]+/g, ' ')
        .trim()
    : '';
  return text ? text : null;
}

/** Text of the first selector that matches a non-empty element. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const node of Array.from(root.querySelectorAll(selector))) {
      const text = textOf(node);
      if (text) return text;
    }
  }
  return null;
}

/** Inner markup of the first selector that matches an element with text. */
export function firstHtml(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const node = root.querySelector(selector);
    if (node && textOf(node)) return node.innerHTML;
  }
  return null;
}

export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const node = root.querySelector(selector);
    if (node) return node;
  }
  return null;
}

/**
 * The value printed after a label ("Employment Type" then "Full-Time", a <dt> then its <dd>):
 * the next element of the first leaf `labels` element whose text `label` matches and that has one.
 */
export function valueAfterLabel(root: ParentNode, labels: string, label: RegExp): string | null {
  for (const node of Array.from(root.querySelectorAll(labels))) {
    if (node.children.length > 0 || !label.test(textOf(node) ?? '')) continue;
    const value = textOf(node.nextElementSibling);
    if (value) return value;
  }
  return null;
}

export function allTexts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (n) => textOf(n)).filter((t): t is string => t !== null);
}

export function metaContent(doc: Document, key: string): string | null {
  const node = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const value = node?.getAttribute('content')?.trim();
  return value ? value : null;
}

export function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}

export function jsonLdBlocks(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (el) => el.textContent ?? '');
}
