import { decodeHTMLStrict as decodeEntities } from 'entities/decode';
import { malformed } from './errors.ts';

/**
 * The little XML the feeds need (Personio's position feed, RSS), read without a DOM: elements
 * with their attributes, children and text (CDATA kept as written, entities decoded once).
 * Namespace prefixes stay part of the name ("tt:location"). Not well-formed means null.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order, without its children's. */
  text: string;
}

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(text: string): XmlElement | null {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const [, cdata, closing, opening, attrText, selfClosing, chars, stray] = match;
    const top = stack.at(-1);
    if (stray !== undefined) return null;
    if (cdata !== undefined) {
      if (!top) return null;
      top.text += cdata;
    } else if (chars !== undefined) {
      if (top) top.text += decodeEntities(chars);
      else if (chars.trim()) return null;
    } else if (closing !== undefined) {
      if (top?.name !== closing) return null;
      stack.pop();
    } else if (opening !== undefined) {
      if (!top && root) return null;
      const element: XmlElement = { name: opening, attrs: attributes(attrText ?? ''), children: [], text: '' };
      if (top) top.children.push(element);
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  return stack.length === 0 ? root : null;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, double, single] of text.matchAll(ATTR)) if (name) out[name] = decodeEntities(double ?? single ?? '');
  return out;
}

/** The body as XML whose root is `rootName`, or a `malformed` BoardError naming the request. */
export function parseXmlBody(body: string, url: string, rootName: string): XmlElement {
  const root = parseXml(body);
  if (!root) throw malformed(url, 'not well-formed XML');
  if (root.name !== rootName) throw malformed(url, `root <${root.name}>, not <${rootName}>`);
  return root;
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** The trimmed text of the first child of that name; '' when there is none. */
export function childText(element: XmlElement | undefined, name: string): string {
  return childNamed(element, name)?.text.trim() ?? '';
}
