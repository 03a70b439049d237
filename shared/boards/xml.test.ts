import { describe, expect, it } from 'vitest';
import { BoardError } from './errors.ts';
import { childNamed, childrenNamed, childText, parseXml, parseXmlBody } from './xml.ts';

describe('parseXml', () => {
  it('reads elements, attributes, CDATA and entities, keeping namespace prefixes', () => {
    const root = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
<!-- feed -->
<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
  <channel>
    <title>R&amp;D &#8211; Labs</title>
    <item><description>&lt;p&gt;Build&lt;/p&gt;</description><tt:location><tt:city>Malmö</tt:city></tt:location></item>
    <item><description><![CDATA[<p>Raw & ready</p>]]></description><empty/></item>
  </channel>
</rss>`);
    expect(root?.name).toBe('rss');
    expect(root?.attrs.version).toBe('2.0');
    const channel = childNamed(root ?? undefined, 'channel');
    expect(childText(channel, 'title')).toBe('R&D – Labs');
    const items = childrenNamed(channel, 'item');
    expect(items.map((i) => childText(i, 'description'))).toEqual(['<p>Build</p>', '<p>Raw & ready</p>']);
    expect(childText(childNamed(items[0], 'tt:location'), 'tt:city')).toBe('Malmö');
    expect(childNamed(items[1], 'empty')?.children).toEqual([]);
  });

  it('is null for what is not well-formed', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a></a><b></b>', 'text', '<a>1 < 2</a>', '{"jobs":[]}', '<workzag-jobs><position>', ''])
      expect(parseXml(bad), bad).toBeNull();
  });

  it('throws a malformed BoardError for the wrong document', () => {
    expect(() => parseXmlBody('<html><body>Page not found</body></html>', 'https://x.jobs.personio.de/xml', 'workzag-jobs')).toThrow(
      BoardError,
    );
    expect(() => parseXmlBody('<workzag-jobs>', 'https://x.jobs.personio.de/xml', 'workzag-jobs')).toThrow(/not well-formed/);
  });
});
