import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@cantoo/pdf-lib';
import type { Person, Role } from './layout-people.ts';

/** Drawing a layout resume with pdf-lib: text that flows onto new pages, headings, and the contact, bullet, education and skills blocks. */

export interface Writer {
  doc: PDFDocument;
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  y: number;
  /** Drawn at the head and foot of every page after the first, when set. */
  furniture?: (page: PDFPage, n: number) => void;
}

export async function writer(): Promise<Writer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  return {
    doc,
    page,
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    y: 740,
  };
}

export function text(
  w: Writer,
  value: string,
  o: { x?: number; size?: number; bold?: boolean; gap?: number; right?: boolean; stay?: boolean } = {},
) {
  const size = o.size ?? 10;
  if (w.y < 60) {
    w.page = w.doc.addPage([612, 792]);
    w.y = 740;
    w.furniture?.(w.page, w.doc.getPageCount());
  }
  const font = o.bold ? w.bold : w.regular;
  const x = o.right ? 562 - font.widthOfTextAtSize(value, size) : (o.x ?? 50);
  w.page.drawText(value, { x, y: w.y, size, font, color: rgb(0.1, 0.1, 0.1) });
  if (!o.stay) w.y -= o.gap ?? size * 1.45;
}

export const heading = (w: Writer, value: string) => text(w, value, { size: 12, bold: true, gap: 18 });

export function contact(w: Writer, p: Person) {
  text(w, p.name, { size: 22, bold: true, gap: 26 });
  text(w, `${p.location} | ${p.email} | ${p.phone}`, { size: 9, gap: 24 });
}

export function bullets(w: Writer, r: Role, x = 60) {
  for (const b of r.bullets) text(w, `• ${b}`, { x });
}

export function education(w: Writer, p: Person, title = 'EDUCATION') {
  heading(w, title);
  for (const s of p.schools) {
    text(w, `${s.start} – ${s.end}`, { right: true, stay: true });
    text(w, s.school, { bold: true });
    text(w, s.degree, { gap: 18 });
  }
}

export function skills(w: Writer, p: Person, title = 'SKILLS') {
  heading(w, title);
  text(w, p.skills.join(', '));
}
