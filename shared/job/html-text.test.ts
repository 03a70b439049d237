import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs, headings and list items readable', () => {
    expect(htmlToText('<h2>About</h2><p>We build&nbsp;robots.</p><ul><li>Go</li><li>Rust</li></ul><p>Apply!</p>')).toBe(
      'About\n\nWe build robots.\n\n• Go\n• Rust\n\nApply!',
    );
  });

  it('drops scripts, styles and every tag, leaving no markup', () => {
    const text = htmlToText('<p>Hi<script>alert(1)</script><style>p{}</style><img src=x onerror="alert(2)"></p>');
    expect(text).toBe('Hi');
  });

  it('decodes markup that was entity-encoded inside JSON-LD (text entities included), then strips it', () => {
    expect(htmlToText('&lt;p&gt;Salary: 50 &amp;euro;&lt;/p&gt;&lt;li&gt;Remote&lt;/li&gt;')).toBe('Salary: 50 €\n\n• Remote');
  });

  it('decodes numeric and named entities, leaving unknown names as written', () => {
    expect(htmlToText('<p>&#8364; &#x20AC; &euro; &amp; &unknown; M&uuml;nchen &szlig;</p>')).toBe('€ € € & &unknown; München ß');
  });
});
