import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { nodeFonts, PDF_FONT_RANGES } from './node-fonts.ts';

/** The subset of a font pdf-lib embeds in each PDF, made the way pdf-lib makes it (fontkit's TTFSubset). */
function pdfLibSubset(font: fontkit.Font, codePoints: number[]): Promise<{ bytes: Uint8Array; ids: Map<number, number> }> {
  const subset = font.createSubset();
  const ids = new Map<number, number>();
  for (const cp of codePoints) ids.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp)));
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (chunk: Uint8Array) => parts.push(chunk))
      .on('end', () => resolve({ bytes: Buffer.concat(parts), ids }));
  });
}

describe('the shipped PDF fonts', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`keep every glyph's outline through the subset each PDF embeds (${weight})`, async () => {
      const font = fontkit.create(Buffer.from((await nodeFonts())[weight]));
      const kept = PDF_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((cp) =>
        font.hasGlyphForCodePoint(cp),
      );
      // Almost every character of the ranges is in DejaVu Sans.
      expect(kept.length).toBeGreaterThan(1500);
      // A page's worth of characters at a time, as a PDF embeds them: a small subset is where
      // fontkit writes short offsets.
      const broken: number[] = [];
      for (let at = 0; at < kept.length; at += 100) {
        const page = kept.slice(at, at + 100);
        const { bytes, ids } = await pdfLibSubset(font, page);
        const embedded = fontkit.create(Buffer.from(bytes));
        for (const cp of page)
          if (embedded.getGlyph(ids.get(cp) ?? 0).path.toSVG() !== font.glyphForCodePoint(cp).path.toSVG()) broken.push(cp);
      }
      expect(broken.map((cp) => String.fromCodePoint(cp)).join('')).toBe('');
    });
  }
});
