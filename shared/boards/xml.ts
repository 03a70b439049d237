import { decodeXML } from 'entities/decode';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

// fast-xml-parser's ordered form: each node one object, { name: children, ':@': attributes }.
// References are left to entities' decodeXML (processEntities off), so a DOCTYPE's own entities
// are never expanded and CDATA, kept apart under CDATA_KEY, is never decoded.
const TEXT_KEY = '#text';
const CDATA_KEY = '#cdata';
const ATTRS_KEY = ':@';
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  textNodeName: TEXT_KEY,
  cdataPropName: CDATA_KEY,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type OrderedNode = Record<string, unknown>;

const nodesOf = (value: unknown): OrderedNode[] =>
  Array.isArray(value) ? value.filter((n): n is OrderedNode => typeof n === 'object' && n !== null) : [];

const nameOf = (node: OrderedNode) => Object.keys(node).find((key) => key !== ATTRS_KEY);

function toElement(name: string, node: OrderedNode): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries((node[ATTRS_KEY] ?? {}) as Record<string, unknown>)) attrs[key] = decodeXML(String(value));
  const element: XmlElement = { name, attrs, children: [], text: '' };
  for (const child of nodesOf(node[name])) {
    const childName = nameOf(child);
    if (childName === TEXT_KEY) element.text += decodeXML(String(child[TEXT_KEY]));
    else if (childName === CDATA_KEY)
      element.text += nodesOf(child[CDATA_KEY])
        .map((part) => String(part[TEXT_KEY] ?? ''))
        .join('');
    else if (childName) element.children.push(toElement(childName, child));
  }
  return element;
}

export function parseXml(text: string): XmlElement | null {
  // The parser itself forgives what is not XML (unclosed tags, stray "<", two roots); the
  // validator does not, and a feed that is not well-formed is better refused than half-read.
  if (XMLValidator.validate(text) !== true) return null;
  try {
    const roots = nodesOf(parser.parse(text)).flatMap((node) => {
      const name = nameOf(node);
      return name && name !== TEXT_KEY ? [toElement(name, node)] : [];
    });
    return roots.length === 1 ? (roots[0] ?? null) : null;
  } catch {
    // Names the parser refuses ("__proto__", "constructor") or nesting past its depth limit.
    return null;
  }
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
