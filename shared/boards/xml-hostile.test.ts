import { describe, expect, it } from 'vitest';
import { childText, parseXml } from './xml.ts';

// What a broken or hostile feed does to the parser (xml.test.ts covers the feeds' ordinary XML).
describe('parseXml on broken and hostile feeds', () => {
  it('decodes references exactly once, in text and attributes, and never inside CDATA', () => {
    const root = parseXml('<a t="x &amp;amp; y &#252;"><b>&amp;lt;p&amp;gt; &#x20AC;</b><c>1<![CDATA[&amp;]]>2<d/>3</c></a>');
    expect(root?.attrs.t).toBe('x &amp; y ü');
    expect(childText(root ?? undefined, 'b')).toBe('&lt;p&gt; €');
    expect(childText(root ?? undefined, 'c')).toBe('1&amp;23');
  });

  it('leaves names XML does not define as written, for the HTML reading after it', () => {
    expect(parseXml('<a>M&uuml;ller</a>')?.text).toBe('M&uuml;ller');
  });

  it('expands no entity a DOCTYPE declares', () => {
    const bomb = `<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;">]><a>&y;</a>`;
    expect(parseXml(bomb)?.text).toBe('&y;');
  });

  it('is null for a bare ampersand, a repeated attribute, names that reach Object.prototype and deep nesting', () => {
    const deep = `${'<a>'.repeat(500)}${'</a>'.repeat(500)}`;
    for (const bad of ['<a>R&D</a>', '<a b="1" b="2"/>', '<a><__proto__>x</__proto__></a>', '<a><constructor/></a>', deep])
      expect(parseXml(bad), bad.slice(0, 40)).toBeNull();
  });
});
