import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { nodeFonts, PDF_FONT_RANGES } from './node-fonts.ts';

/** The subset of a font each PDF embeds, made as pdf-lib makes it with fontkit 2: glyphs included, then `encode()`. */
function pdfLibSubset(bytes: Uint8Array, codePoints: number[]): { bytes: Uint8Array; ids: Map<number, number> } {
  const font = create(Buffer.from(bytes)) as Font;
  const subset = font.createSubset();
  const ids = new Map<number, number>();
  // @types/fontkit says includeGlyph returns a boolean; fontkit returns the glyph's id in the subset.
  for (const cp of codePoints) ids.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp)) as unknown as number);
  return { bytes: subset.encode(), ids };
}

describe('the shipped PDF fonts', () => {
  for (const weight of ['regular', 'bold'] as const) {
    it(`keep every glyph's outline through the subset each PDF embeds (${weight})`, async () => {
      const shipped = (await nodeFonts())[weight];
      const font = create(Buffer.from(shipped)) as Font;
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
        const { bytes, ids } = pdfLibSubset(shipped, page);
        const embedded = create(Buffer.from(bytes)) as Font;
        for (const cp of page)
          if (embedded.getGlyph(ids.get(cp) ?? 0).path.toSVG() !== font.glyphForCodePoint(cp).path.toSVG()) broken.push(cp);
      }
      expect(broken.map((cp) => String.fromCodePoint(cp)).join('')).toBe('');
    });
  }
});
