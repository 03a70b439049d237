import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/**
 * Resume PDFs the tests make themselves, in the layouts real resumes use: one column, a
 * sidebar beside the main column, different heading words and date formats, none at all
 * (an image-only scan), and a very long document.
 */

interface Writer {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  y: number;
}

async function setup(): Promise<{ doc: PDFDocument; w: Writer }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const w = { page, regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), y: 740 };
  return { doc, w };
}

function line(w: Writer, text: string, options: { x?: number; size?: number; bold?: boolean; gap?: number } = {}) {
  const size = options.size ?? 10;
  w.page.drawText(text, { x: options.x ?? 50, y: w.y, size, font: options.bold ? w.bold : w.regular, color: rgb(0.1, 0.1, 0.1) });
  w.y -= options.gap ?? size * 1.45;
}

/** Writes `text` at the far right of the current line (dates on the same line as the role). */
function right(w: Writer, text: string, size = 10) {
  const width = w.regular.widthOfTextAtSize(text, size);
  w.page.drawText(text, { x: 562 - width, y: w.y, size, font: w.regular });
}

export async function singleColumnResume(): Promise<Uint8Array> {
  const { doc, w } = await setup();
  line(w, 'José Müller', { size: 22, bold: true, gap: 26 });
  line(w, 'Denver, CO | jose.muller@example.com | +1 303 555 0199 | linkedin.com/in/josemuller', { size: 9, gap: 24 });
  line(w, 'SUMMARY', { size: 12, bold: true });
  line(w, 'Staff accountant with six years in manufacturing and food companies.', { gap: 22 });
  line(w, 'EXPERIENCE', { size: 12, bold: true });
  right(w, 'Jan 2021 – Present');
  line(w, 'Senior Accountant, Bluebird Foods', { bold: true });
  line(w, 'Denver, CO', { size: 9 });
  line(w, '• Led month-end close for three entities under US GAAP', { x: 60 });
  line(w, '• Cut reconciliation time by 40% by moving bank reconciliations into', { x: 60 });
  line(w, 'NetSuite saved searches', { x: 68 });
  right(w, 'Jun 2018 – Dec 2020');
  line(w, 'Staff Accountant, Rocky Mountain Castings', { bold: true });
  line(w, '• Accounts payable and accounts receivable for 400 vendors', { x: 60, gap: 22 });
  line(w, 'EDUCATION', { size: 12, bold: true });
  right(w, '2014 – 2018');
  line(w, 'University of Colorado Boulder', { bold: true });
  line(w, 'Bachelor of Science in Accounting', { gap: 22 });
  line(w, 'SKILLS', { size: 12, bold: true });
  line(w, 'GAAP, NetSuite, Excel (pivot tables), QuickBooks, Month-end close, SAP', { gap: 22 });
  line(w, 'CERTIFICATIONS', { size: 12, bold: true });
  line(w, 'Certified Public Accountant (CPA), Colorado, 2020');
  line(w, 'LANGUAGES', { size: 12, bold: true });
  line(w, 'English (Native), German (Fluent), Spanish (Conversational)');
  return doc.save();
}

export async function twoColumnResume(): Promise<Uint8Array> {
  const { doc, w } = await setup();
  const { page, regular, bold } = w;
  const at = (text: string, x: number, y: number, size = 9.5, isBold = false) =>
    page.drawText(text, { x, y, size, font: isBold ? bold : regular });
  // A full-width name across the top, then a sidebar (x 40–190) beside the main column (x 220+).
  at('Priya Raman', 40, 740, 24, true);
  page.drawRectangle({ x: 200, y: 60, width: 1, height: 640, color: rgb(0.8, 0.8, 0.8) });
  const side: Array<[string, number, boolean]> = [
    ['CONTACT', 11, true],
    ['priya.raman@example.org', 9, false],
    ['(415) 555-0133', 9, false],
    ['San Francisco, CA', 9, false],
    ['github.com/priyaraman', 9, false],
    ['', 9, false],
    ['SKILLS', 11, true],
    ['Python', 9, false],
    ['SQL', 9, false],
    ['Apache Spark', 9, false],
    ['Airflow', 9, false],
    ['dbt', 9, false],
    ['AWS (S3, EMR)', 9, false],
    ['Tableau', 9, false],
    ['', 9, false],
    ['LANGUAGES', 11, true],
    ['English - Fluent', 9, false],
    ['Tamil - Native', 9, false],
  ];
  let y = 690;
  for (const [text, size, isBold] of side) {
    if (text) at(text, 40, y, size, isBold);
    y -= size * 1.6;
  }
  const main: Array<[string, number, boolean, number?]> = [
    ['PROFESSIONAL EXPERIENCE', 11, true],
    ['Senior Data Engineer', 10, true],
    ['Northwind Analytics | Austin, TX | 2021–2024', 9, false],
    ['• Built batch pipelines in Spark and Airflow over 2 PB of sales data', 9, false, 228],
    ['• Owned data quality checks with dbt tests', 9, false, 228],
    ['Data Analyst', 10, true],
    ['Lumen Health | 2018–2021', 9, false],
    ['• Built Tableau dashboards for 30 clinics', 9, false, 228],
    ['', 9, false],
    ['EDUCATION', 11, true],
    ['M.S. in Computer Science', 10, true],
    ['Georgia Institute of Technology, 2018', 9, false],
  ];
  y = 690;
  for (const [text, size, isBold, x] of main) {
    if (text) at(text, x ?? 220, y, size, isBold);
    y -= size * 1.7;
  }
  return doc.save();
}

export async function otherHeadingsResume(): Promise<Uint8Array> {
  const { doc, w } = await setup();
  line(w, 'Daniel Okonkwo', { size: 20, bold: true, gap: 24 });
  line(w, 'daniel.okonkwo@example.net · 0161 496 0123 · Manchester, UK', { size: 9, gap: 24 });
  line(w, 'Work History', { size: 13, bold: true });
  line(w, 'Field Service Technician at Harbor Robotics', { bold: true });
  line(w, '03/2019 - 06/2023, Rotterdam, Netherlands', { size: 9 });
  line(w, '- Installed and commissioned mooring robots', { x: 58 });
  line(w, '- Diagnosed hydraulic and electrical faults', { x: 58 });
  line(w, 'Maintenance Technician at Northern Rail', { bold: true });
  line(w, '09/2015 - 02/2019', { size: 9 });
  line(w, '- PLC programming and preventive maintenance', { x: 58, gap: 22 });
  line(w, 'Academic Background', { size: 13, bold: true });
  line(w, 'HND Mechatronics, Manchester College', { bold: true });
  line(w, '2013 - 2015', { size: 9, gap: 22 });
  line(w, 'Core Competencies', { size: 13, bold: true });
  line(w, 'Hydraulics; PLC programming; Electrical; Blueprint reading; Forklift');
  return doc.save();
}

/** A page with a drawn image of text and no text layer, as a scanner produces. */
export async function imageOnlyResume(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  for (let i = 0; i < 30; i++)
    page.drawRectangle({ x: 50, y: 740 - i * 22, width: 300 + (i % 5) * 40, height: 8, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

export async function longDocument(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let i = 0; i < 40; i++)
      page.drawText(`Page ${p + 1} line ${i + 1}: minutes of the quarterly meeting.`, { x: 50, y: 750 - i * 18, size: 10, font });
  }
  return doc.save();
}

/** A resume PDF encrypted with the standard security handler and a user password: no viewer opens it without the password. */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const { doc, w } = await setup();
  line(w, 'Private Person', { size: 20, bold: true, gap: 24 });
  doc.encrypt({ userPassword: 'open sesame', ownerPassword: 'owner only' });
  return doc.save();
}

/** A German resume (Lebenslauf): German headings, "heute" for present, German language levels. */
export async function germanResume(): Promise<Uint8Array> {
  const { doc, w } = await setup();
  line(w, 'Anna Schröder', { size: 20, bold: true, gap: 24 });
  line(w, 'anna.schroeder@example.de | +49 30 1234567 | Berlin, Germany', { size: 9, gap: 24 });
  line(w, 'Berufserfahrung', { size: 13, bold: true });
  right(w, '04/2021 - heute');
  line(w, 'Bilanzbuchhalterin, Müller & Partner GmbH', { bold: true });
  line(w, '• Monatsabschlüsse nach HGB und IFRS mit DATEV', { x: 60, gap: 22 });
  line(w, 'Ausbildung', { size: 13, bold: true });
  right(w, '2014 - 2018');
  line(w, 'Bachelor of Arts in Betriebswirtschaft, Hochschule für Wirtschaft und Recht Berlin', { bold: true, size: 9 });
  w.y -= 10;
  line(w, 'Kenntnisse', { size: 13, bold: true });
  line(w, 'DATEV, IFRS, SAP, Excel');
  line(w, 'Sprachen', { size: 13, bold: true });
  line(w, 'Deutsch (Muttersprache), Englisch (C1)');
  return doc.save();
}

/** A Word resume as Word writes one: title, contact paragraph, headings, bulleted lists. */
export async function wordResume(): Promise<Uint8Array> {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: 'Dana Whitfield', bold: true })] }),
          new Paragraph('dana.whitfield@example.com | (512) 555-0142 | Austin, TX'),
          heading('Experience'),
          new Paragraph({
            children: [new TextRun({ text: 'Senior Engineer, Acme Corp, Austin, TX', bold: true }), new TextRun('  2019 – 2023')],
          }),
          bullet('Built the billing service used by 2,000 customers'),
          bullet('Cut invoice errors by 30% with reconciliation checks'),
          heading('Education'),
          new Paragraph('B.S. Computer Science, The University of Texas at Austin'),
          new Paragraph('2014 – 2018'),
          heading('Skills'),
          new Paragraph('Python, SQL, Tableau'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
