import type { PdfJs } from './pdf-text.ts';

/** pdfjs for the side panel, loaded on first use so the panel opens fast; its worker ships with the extension. */
export async function browserPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return { getDocument: pdfjs.getDocument as unknown as PdfJs['getDocument'] };
}
