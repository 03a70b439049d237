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
