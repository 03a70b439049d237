import { create, type Font } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib embeds custom fonts through fontkit 1's API (its own fork, @pdf-lib/fontkit, unmaintained
 * and 940 KB minified because it bundles iconv-lite's CJK code pages). fontkit 2, maintained by
 * foliojs for pdfkit, is 370 KB and has the same fonts, layout and glyphs; the one difference pdf-lib
 * meets is how a subset is written: fontkit 2 returns the bytes (`encode()`) where pdf-lib reads
 * them from a stream (`encodeStream()`), which is what this adds.
 */
interface ByteStream {
  on(event: 'data' | 'end' | 'error', listener: (value?: unknown) => void): ByteStream;
}

function streamOf(write: () => Uint8Array): ByteStream {
  const listeners: Record<string, (value?: unknown) => void> = {};
  // pdf-lib attaches its listeners in one chain, then waits: the bytes come on the next microtask.
  queueMicrotask(() => {
    try {
      const bytes = write();
      listeners.data?.(bytes);
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  const stream: ByteStream = {
    on(event, listener) {
      listeners[event] = listener;
      return stream;
    },
  };
  return stream;
}

export const pdfFontkit: Fontkit = {
  create(data: Uint8Array) {
    const font = create(data as Buffer) as Font;
    if (!('createSubset' in font)) throw new Error('a font collection is not a PDF font: pass one font');
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => streamOf(() => subset.encode()) });
      },
    }) as unknown as ReturnType<Fontkit['create']>;
  },
};
