/** Text with positions, as a PDF text extractor returns it (PDF units, y grows upwards). */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in PDF units. */
  size: number;
}

export interface TextPage {
  width: number;
  height: number;
  items: TextItem[];
}

/** Why a file could not become a profile; the panel and the CLI show `message` as is. */
export class ResumeError extends Error {
  readonly code: 'not-pdf' | 'password' | 'no-text' | 'unreadable' | 'too-large';
  constructor(code: ResumeError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** Body text size of lines that carry none (plain text, Word paragraphs). */
const PLAIN_SIZE = 10;

/**
 * Lines without a layout (pasted text, an ATS export, a Word document's paragraphs) as one
 * page of text items, one under another, for the same parser as a PDF. A line may say it is
 * larger (a heading) or indented (a list item).
 */
export function linesAsPage(lines: ReadonlyArray<{ text: string; size?: number; x?: number }>): TextPage[] {
  let y = 100_000;
  const items = lines
    .filter((line) => line.text.trim())
    .map(({ text, size = PLAIN_SIZE, x = 50 }) => {
      y -= size * 1.6;
      return { text, x, y, width: text.length * size * 0.5, size };
    });
  return [{ width: 612, height: 100_000, items }];
}

/** A resume's plain text as pages: each line of the text is a line of the page. */
export function plainTextPages(text: string): TextPage[] {
  return linesAsPage(text.split(/\r?\n/).map((line) => ({ text: line.replace(/\s+/g, ' ').trim() })));
}
