import { ResumeError, type TextPage } from '../../shared/resume/text-items.ts';

/** The parts of pdfjs-dist this module uses; the browser and Node builds are passed in. */
export interface PdfJs {
  getDocument: (src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    standardFontDataUrl?: string;
    verbosity?: number;
  }) => {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
  /** Where pdfjs finds the metrics of the 14 standard PDF fonts (resumes made by Word often use them). */
  standardFontDataUrl?: string;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
}

/** A resume is a few pages; a longer PDF is read only this far. */
export const MAX_PAGES = 10;
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * The text of a PDF with positions, for the resume parser. Every failure becomes a
 * ResumeError with a message a user can act on; nothing is guessed from an unreadable file.
 */
export async function pdfTextPages(pdfjs: PdfJs, data: Uint8Array): Promise<{ pages: TextPage[]; totalPages: number }> {
  if (data.byteLength > MAX_BYTES)
    throw new ResumeError('too-large', `This PDF is ${Math.round(data.byteLength / 1048576)} MB; a resume should be under 20 MB.`);
  const head = new TextDecoder().decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new ResumeError('not-pdf', 'This file is not a PDF. Export your resume as PDF and try again.');
  let doc: PdfDocument;
  // pdfjs transfers the buffer it is given; keep the caller's bytes intact.
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    ...(pdfjs.standardFontDataUrl ? { standardFontDataUrl: pdfjs.standardFontDataUrl } : {}),
  });
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new ResumeError('password', 'This PDF is password-protected. Save a copy without a password and import that.');
    throw new ResumeError('unreadable', `This PDF could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  try {
    const pages: TextPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => typeof item.str === 'string' && item.str.trim() !== '' && Array.isArray(item.transform))
        .map((item) => {
          const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
          return { text: item.str as string, x: e, y: f, width: item.width ?? 0, size: Math.hypot(a, b) || item.height || 10 };
        });
      pages.push({ width, height, items });
    }
    if (pages.every((p) => p.items.length === 0)) {
      throw new ResumeError(
        'no-text',
        'This PDF has no text layer (a scan or an image). Export the resume from your editor as PDF, or import a profile JSON.',
      );
    }
    return { pages, totalPages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
