import type { PdfJs } from './pdf-text.ts';

/** The pdfjs module for extension pages, loaded on first use so the panel opens fast; its worker ships with the extension. */
export async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** pdfjs as the resume reader uses it. */
export async function browserPdfJs(): Promise<PdfJs> {
  const pdfjs = await loadPdfJs();
  return { getDocument: pdfjs.getDocument as unknown as PdfJs['getDocument'] };
}
