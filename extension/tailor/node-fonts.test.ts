import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { pdfFontkit } from '../../shared/pdf/fontkit.ts';
import { nodeFonts, PDF_FONT_RANGES } from './node-fonts.ts';

/** The subset of a font pdf-lib embeds in each PDF, made the way pdf-lib makes it (the fontkit it is given). */
function pdfLibSubset(bytes: Uint8Array, codePoints: number[]): Promise<{ bytes: Uint8Array; ids: Map<number, number> }> {
  const font = pdfFontkit.create(bytes);
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
        const { bytes, ids } = await pdfLibSubset(shipped, page);
        const embedded = create(Buffer.from(bytes)) as Font;
        for (const cp of page)
          if (embedded.getGlyph(ids.get(cp) ?? 0).path.toSVG() !== font.glyphForCodePoint(cp).path.toSVG()) broken.push(cp);
      }
      expect(broken.map((cp) => String.fromCodePoint(cp)).join('')).toBe('');
    });
  }
});
