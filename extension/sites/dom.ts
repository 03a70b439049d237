/** Small readers over a page's DOM, shared by the site adapters. They never throw on a missing node. */

export function textOf(node: Element | null | undefined): string | null {
  const text = node?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim();
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
