import { htmlToBlocks } from '../../shared/job/html-blocks.ts';
import { linesAsPage, ResumeError, type TextPage } from '../../shared/resume/text-items.ts';

/** Word's own file: a zip archive whose name ends in .docx. */
export const isDocx = (name: string, bytes: Uint8Array) =>
  /\.docx$/i.test(name) && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The largest DOCX read: bigger files are mostly pictures, and unzipping them would hold up the panel. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

/**
 * A Word resume as the lines the PDF reader makes (the only module that touches mammoth, loaded
 * when a .docx is opened): mammoth turns the document into HTML, reduced like a job description to
 * headings (larger lines), paragraphs and list items (bullets), so parseResume reads it like a PDF.
 */
export async function docxTextPages(bytes: Uint8Array): Promise<TextPage[]> {
  if (bytes.byteLength > MAX_DOCX_BYTES)
    throw new ResumeError('too-large', 'This Word file is over 10 MB; save it without pictures, or as a PDF.');
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The browser build of mammoth opens `arrayBuffer`, the Node build (the CLI) `buffer`.
    html = (await mammoth.convertToHtml({ arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer })).value;
  } catch {
    // A password-protected DOCX is an encrypted container, not a zip of XML: mammoth cannot open it either.
    throw new ResumeError(
      'unreadable',
      'This Word file cannot be read: it is damaged or protected with a password. Save it again without a password, or as a PDF.',
    );
  }
  // The same reduction job descriptions get: headings, paragraphs and list items as plain text.
  const lines = htmlToBlocks(html).filter((block) => block.text.trim());
  if (lines.length === 0) throw new ResumeError('no-text', 'This Word file has no text.');
  return linesAsPage(
    lines.map(({ kind, text }) => (kind === 'heading' ? { text, size: 14 } : kind === 'item' ? { text: `• ${text}`, x: 60 } : { text })),
  );
}
