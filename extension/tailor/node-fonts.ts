import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { Fonts } from '../../shared/pdf/render.ts';

const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * The characters the PDF fonts keep, as inclusive code point ranges: every Latin letter (with
 * Vietnamese), Greek, Cyrillic, Armenian and Georgian, combining accents, punctuation, currency,
 * and the few symbols resumes use (arrows, ≤ ≥, bullets, ★ ☎ ✓ ✉). DejaVu Sans has many more
 * (Arabic and Hebrew, which the renderer cannot set right to left anyway, Canadian syllabics,
 * braille, box drawing, mathematical letters); keeping them would make the fonts four times the
 * size of everything a resume needs.
 *
 * pdf-lib subsets these again for each PDF (shared/pdf/fontkit.ts). The fontkit it used before
 * misread harfbuzz's long glyph offsets and dropped letters on the page while the text still
 * copied right; node-fonts.test.ts compares every kept glyph's outline through that second subset.
 */
export const PDF_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
  [0x2b0, 0x36f], // spacing modifiers, combining diacritics
  [0x370, 0x3ff], // Greek
  [0x400, 0x52f], // Cyrillic and its supplement
  [0x530, 0x58f], // Armenian
  [0x10a0, 0x10ff], // Georgian
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x20cf], // punctuation, super- and subscripts, currency
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2153, 0x215e], // ⅓ … ⅞ (½ ¼ ¾ are Latin-1)
  [0x2190, 0x2199], // arrows
  [0x21d0, 0x21d4],
  [0x2212, 0x2215], // − ∓ ∔ ∕
  [0x2219, 0x221e], // ∙ √ ∞
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2265], // ≠ ≤ ≥
  [0x25a0, 0x25ff], // geometric shapes (■ ● ◆)
  [0x2605, 0x2606], // ★ ☆
  [0x260e, 0x260e], // ☎
  [0x2610, 0x2612], // ☐ ☑ ☒
  [0x2709, 0x2709], // ✉
  [0x2713, 0x2718], // ✓ ✔ ✕ ✗ ✘
  [0x2794, 0x279e], // ➔ … ➞
  [0xfb00, 0xfb06], // ﬁ ﬂ ligatures (text pasted from PDFs)
  [0xfffd, 0xfffd],
];

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

async function subset(file: string): Promise<Uint8Array> {
  let text = '';
  for (const [from, to] of PDF_FONT_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  const out = await subsetFont(await readFile(join(dir, file)), text, {
    targetFormat: 'truetype',
    // A PDF viewer rasterises at any size; TrueType hinting only weighs. Kerning (GPOS) stays.
    noHinting: true,
    dropTables: ['GSUB', 'GDEF', 'MATH'],
    // Copyright, family, style, version, PostScript name and the licence (Bitstream Vera terms).
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  });
  return new Uint8Array(out);
}

let fonts: Promise<Fonts> | null = null;

/**
 * The PDF fonts for Node (the CLI, tests, benchmarks) and for the extension's build, which ships
 * these same bytes: DejaVu Sans from the dejavu-fonts-ttf package, cut to PDF_FONT_RANGES.
 */
export function nodeFonts(): Promise<Fonts> {
  fonts ??= Promise.all([subset(FONT_FILES.regular), subset(FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
