import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfJs } from './pdf-text.ts';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdfjs for Node (the CLI, tests and benchmarks): the legacy build, with its in-process worker. */
export const nodePdfJs: PdfJs = {
  getDocument: pdfjs.getDocument as unknown as PdfJs['getDocument'],
  standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
};
