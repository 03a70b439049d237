import { PDFDocument, type PDFFont, rgb } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import type { CoverLetter, ResumeSection, TailoredResume } from '../tailor/schema.ts';
import { presentSections, SECTION_LABELS } from '../tailor/sections.ts';
import { RENDERER_VERSION } from './version.ts';

/**
 * ATS-friendly PDFs: one column, real text in reading order, section headings in capitals, no
 * tables or images. The fonts are passed in (DejaVu Sans: every Latin, Greek and Cyrillic
 * letter, so "José Müller" or "Łukasz Żółć" print as typed) and embedded as subsets, which keeps
 * a page at tens of KB.
 */

export interface Fonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const PAGE = { width: 612, height: 792, margin: 50 };
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
  indent?: number;
  /** Text set flush right on the same line (dates). */
  right?: string;
  /** Space above, in points. */
  gap: number;
  /** A thin rule under the line (section headings). */
  rule?: boolean;
}

interface Measure {
  regular: PDFFont;
  bold: PDFFont;
}

// Word widths per font and size: fitting a long history lays it out many times.
const widths = new WeakMap<PDFFont, Map<string, number>>();
function widthOf(font: PDFFont, text: string, size: number): number {
  let cache = widths.get(font);
  if (!cache) {
    cache = new Map();
    widths.set(font, cache);
  }
  const key = `${size}|${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    w = font.widthOfTextAtSize(text, size);
    cache.set(key, w);
  }
  return w;
}

/** Splits text into lines that fit `width` at `size` (word widths added up, spaces included). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  const space = widthOf(font, ' ', size);
  let current = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = widthOf(font, word, size);
    if (!current || used + space + w <= width) {
      used = current ? used + space + w : w;
      current = current ? `${current} ${word}` : word;
    } else {
      out.push(current);
      current = word;
      used = w;
    }
  }
  if (current) out.push(current);
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function date(value: string | null): string {
  if (!value) return '';
  const [year, month] = value.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : (year ?? '');
}
export function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `${date(start)} – ${end ? date(end) : 'Present'}`;
}

/** The resume as lines, at a scale (1 = 10 pt body). */
function resumeLines(resume: TailoredResume, m: Measure, scale: number): Line[] {
  const body = 10 * scale;
  const width = PAGE.width - 2 * PAGE.margin;
  const lines: Line[] = [];
  const para = (text: string, size = body, gap = 2, indent = 0, muted = false) => {
    wrap(text, m.regular, size, width - indent).forEach((t, i) => {
      lines.push({ text: t, size, gap: i === 0 ? gap : 1, indent, muted });
    });
  };
  const heading = (text: string) => lines.push({ text: text.toUpperCase(), size: 11 * scale, bold: true, gap: 12 * scale, rule: true });

  lines.push({ text: resume.name, size: 20 * scale, bold: true, gap: 0 });
  if (resume.headline) lines.push({ text: resume.headline, size: 11 * scale, gap: 4, muted: true });
  if (resume.contact.length) para(resume.contact.join('  |  '), 9 * scale, 4, 0, true);
  // Each section's body, printed under its heading in the order the user chose (sections.ts).
  const sections: Record<ResumeSection, () => void> = {
    summary: () => para(resume.summary, body, 4),
    skills: () => para(resume.skills.join(', '), body, 4),
    experience: () => {
      for (const e of resume.experience) {
        lines.push({ text: `${e.title}, ${e.employer}`, size: body * 1.05, bold: true, gap: 7 * scale, right: dateRange(e.start, e.end) });
        if (e.location) lines.push({ text: e.location, size: 9 * scale, gap: 1, muted: true });
        for (const b of e.bullets) {
          wrap(b.text, m.regular, body, width - 14).forEach((t, i) => {
            lines.push({ text: i === 0 ? `•  ${t}` : t, size: body, gap: i === 0 ? 2.5 : 1, indent: i === 0 ? 4 : 14 });
          });
        }
      }
    },
    education: () => {
      for (const e of resume.education) {
        lines.push({ text: e.school, size: body * 1.05, bold: true, gap: 6 * scale, right: dateRange(e.start, e.end) });
        // "Bachelor of Science in Accounting" already names its field.
        const field = e.field && !e.degree.toLowerCase().includes(e.field.toLowerCase()) ? e.field : '';
        const degree = [e.degree, field].filter(Boolean).join(', ');
        if (degree) para(degree, body, 1);
      }
    },
    certifications: () => {
      for (const c of resume.certifications) para(c, body, 2);
    },
    languages: () => para(resume.languages.join(', '), body, 4),
  };
  for (const section of presentSections(resume)) {
    heading(SECTION_LABELS[section]);
    sections[section]();
  }
  return lines;
}

const lineHeight = (l: Line) => l.gap + l.size * 1.25;
const height = (lines: Line[]) => lines.reduce((sum, l) => sum + lineHeight(l), 0);
const USABLE = PAGE.height - 2 * PAGE.margin;

/** The bullet to give up first: the last one of the entry with the most bullets, older entries first on ties. */
function dropOneBullet(resume: TailoredResume): TailoredResume | null {
  let target = -1;
  resume.experience.forEach((e, i) => {
    const min = i === 0 ? 2 : 1;
    if (e.bullets.length > min && (target < 0 || e.bullets.length >= (resume.experience[target]?.bullets.length ?? 0))) target = i;
  });
  if (target < 0) return null;
  return {
    ...resume,
    experience: resume.experience.map((e, i) => (i === target ? { ...e, bullets: e.bullets.slice(0, -1) } : e)),
  };
}

const FIT_WHY = 'to fit one page';

/**
 * Makes the resume fit one page: slightly smaller type first (down to 9 pt), then the least
 * relevant bullets (the tailor ordered them) go, each recorded as a change.
 */
export function fitOnePage(resume: TailoredResume, m: Measure): { resume: TailoredResume; scale: number } {
  for (const scale of [1, 0.95, 0.9]) if (height(resumeLines(resume, m, scale)) <= USABLE) return { resume, scale };
  let current = resume;
  let dropped = 0;
  while (height(resumeLines(current, m, 0.9)) > USABLE) {
    const next = dropOneBullet(current);
    if (!next) break;
    current = next;
    dropped++;
  }
  // A resume fitted before (a draft the user then edited) keeps one line saying how many went.
  const before = current.changes.find((c) => c.why === FIT_WHY);
  const total = dropped + Number(/^(\d+)/.exec(before?.what ?? '')?.[1] ?? 0);
  const changes = dropped
    ? [...current.changes.filter((c) => c !== before), { what: `${total} more bullet${total === 1 ? '' : 's'} left out`, why: FIT_WHY }]
    : current.changes;
  return { resume: { ...current, changes }, scale: 0.9 };
}

async function setup(fonts: Fonts, title: string, author: string) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setCreator('Jobsmith');
  doc.setProducer(RENDERER_VERSION);
  doc.setLanguage('en');
  return { doc, regular, bold };
}

function draw(doc: PDFDocument, lines: Line[], m: Measure) {
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const l of lines) {
    if (y - lineHeight(l) < PAGE.margin) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    y -= lineHeight(l);
    const font = l.bold ? m.bold : m.regular;
    const color = l.muted ? MUTED : INK;
    page.drawText(l.text, { x: PAGE.margin + (l.indent ?? 0), y, size: l.size, font, color });
    if (l.right) {
      const size = l.size * 0.9;
      page.drawText(l.right, { x: PAGE.width - PAGE.margin - widthOf(m.regular, l.right, size), y, size, font: m.regular, color: MUTED });
    }
    if (l.rule)
      page.drawLine({ start: { x: PAGE.margin, y: y - 3 }, end: { x: PAGE.width - PAGE.margin, y: y - 3 }, thickness: 0.6, color: MUTED });
  }
}

/** The resume PDF and the resume as drawn (fitted to one page). */
export async function renderResumePdf(resume: TailoredResume, fonts: Fonts): Promise<{ bytes: Uint8Array; resume: TailoredResume }> {
  const { doc, regular, bold } = await setup(fonts, `${resume.name} – Resume`, resume.name);
  doc.setKeywords(resume.skills);
  const fitted = fitOnePage(resume, { regular, bold });
  draw(doc, resumeLines(fitted.resume, { regular, bold }, fitted.scale), { regular, bold });
  return { bytes: await doc.save({ useObjectStreams: true }), resume: fitted.resume };
}

export async function renderCoverLetterPdf(letter: CoverLetter, fonts: Fonts, today: Date): Promise<Uint8Array> {
  const { doc, regular, bold } = await setup(fonts, `${letter.name} – Cover letter – ${letter.company}`, letter.name);
  const m = { regular, bold };
  const width = PAGE.width - 2 * PAGE.margin;
  const lines: Line[] = [{ text: letter.name, size: 18, bold: true, gap: 0 }];
  if (letter.contact.length) lines.push({ text: letter.contact.join('  |  '), size: 9, gap: 4, muted: true });
  const when = `${today.getUTCDate()} ${MONTHS[today.getUTCMonth()]} ${today.getUTCFullYear()}`;
  lines.push({ text: when, size: 10.5, gap: 24 });
  lines.push({ text: `${letter.jobTitle}${letter.company ? ` – ${letter.company}` : ''}`, size: 10.5, bold: true, gap: 12 });
  lines.push({ text: letter.greeting, size: 10.5, gap: 16 });
  for (const p of letter.paragraphs)
    wrap(p, regular, 10.5, width).forEach((t, i) => {
      lines.push({ text: t, size: 10.5, gap: i === 0 ? 10 : 2 });
    });
  lines.push({ text: letter.closing, size: 10.5, gap: 16 });
  lines.push({ text: letter.name, size: 10.5, gap: 4 });
  draw(doc, lines, m);
  return doc.save({ useObjectStreams: true });
}
