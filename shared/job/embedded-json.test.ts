import { describe, expect, it } from 'vitest';
import { embeddedJson, parseJson } from './embedded-json.ts';

describe('embedded JSON', () => {
  it('reads the object assigned after a marker, braces inside strings included', () => {
    const script = 'window.__appData = {"posting":{"title":"Data {Engineer}","q":"say \\"}\\""}};\nfetch("/x");';
    expect(embeddedJson(script, 'window.__appData')).toEqual({ posting: { title: 'Data {Engineer}', q: 'say "}"' } });
  });

  it('is null for a missing marker, an unclosed object or a non-JSON literal', () => {
    expect(embeddedJson('var x = 1;', 'window.__appData')).toBeNull();
    expect(embeddedJson('window.__appData = {"a": 1', 'window.__appData')).toBeNull();
    expect(embeddedJson('window.__appData = {a: f()};', 'window.__appData')).toBeNull();
  });

  it('repairs the JSON-LD sites publish with raw line breaks and trailing commas', () => {
    expect(parseJson('{"title": "Chef\nde partie", "tags": ["a",],}')).toEqual({ title: 'Chef de partie', tags: ['a'] });
    expect(parseJson('{"title": ')).toBeNull();
  });
});
