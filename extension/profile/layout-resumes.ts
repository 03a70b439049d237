import type { ResumeTruth } from '../../e2e/fixtures/real-resumes.ts';
import { type DateStyle, range, truthOf } from './layout-dates.ts';
import { PEOPLE, type Person, type Role } from './layout-people.ts';
import { bullets, contact, education, heading, skills, text, type Writer, writer } from './layout-writer.ts';

/**
 * Resume PDFs in the layouts people's resumes use, generated from data that is their truth:
 * the same people written as one-line "Title, Employer, City, ST" roles, "Employer — Title",
 * "Title | Employer | City", two-line roles in either order, dates on the right, on the left (a
 * date column) or below, numeric, dotted, German ("März 2019 – heute") and "– now" dates, German
 * headings, a sidebar, and two pages with a running header and footer.
 * Scored like the real resumes (layout-resumes.test.ts). The people are in layout-people.ts,
 * their dates in layout-dates.ts, the drawing in layout-writer.ts; this module holds the layouts.
 */

type RoleLayout = (w: Writer, r: Role, style: DateStyle) => void;

const ROLE_LAYOUTS = {
  // "Senior Data Engineer, Lonestar Analytics, Austin, TX        Mar 2021 – Present"
  'one line, dates right': (w, r, s) => {
    text(w, range(r, s), { right: true, stay: true });
    text(w, `${r.title}, ${r.employer}, ${r.city}`, { bold: true });
    bullets(w, r);
  },
  // "Lonestar Analytics — Senior Data Engineer" over "Austin, TX | Mar 2021 – Present"
  'employer — title, dates below': (w, r, s) => {
    text(w, `${r.employer} — ${r.title}`, { bold: true });
    text(w, `${r.city} | ${range(r, s)}`, { size: 9 });
    bullets(w, r);
  },
  // Title over "Employer, City", dates right of the title.
  'title over employer': (w, r, s) => {
    text(w, range(r, s), { right: true, stay: true });
    text(w, r.title, { bold: true });
    text(w, `${r.employer}, ${r.city}`);
    bullets(w, r);
  },
  // Employer over title, dates right of the employer.
  'employer over title': (w, r, s) => {
    text(w, range(r, s), { right: true, stay: true });
    text(w, `${r.employer}, ${r.city}`, { bold: true });
    text(w, r.title);
    bullets(w, r);
  },
  // "Title | Employer | City" with the dates flush right.
  'pipes, dates right': (w, r, s) => {
    text(w, range(r, s), { right: true, stay: true });
    text(w, `${r.title} | ${r.employer} | ${r.city}`, { bold: true });
    bullets(w, r);
  },
  // A date column on the left, the role beside it (LaTeX moderncv).
  'date column': (w, r, s) => {
    text(w, range(r, s), { x: 50, size: 9, stay: true });
    text(w, `${r.title}, ${r.employer}, ${r.city}`, { x: 150, bold: true });
    bullets(w, r, 160);
  },
} satisfies Record<string, RoleLayout>;

export interface LayoutResume {
  name: string;
  truth: ResumeTruth;
  make: () => Promise<Uint8Array>;
}

const HEADINGS = {
  en: { experience: 'EXPERIENCE', education: 'EDUCATION', skills: 'SKILLS' },
  de: { experience: 'BERUFSERFAHRUNG', education: 'AUSBILDUNG', skills: 'KENNTNISSE' },
};

function oneColumn(p: Person, layout: keyof typeof ROLE_LAYOUTS, style: DateStyle, opts: { twoPages?: boolean } = {}): LayoutResume {
  const words = style === 'german' ? HEADINGS.de : HEADINGS.en;
  return {
    name: `${p.name}: ${layout}, ${style} dates${opts.twoPages ? ', two pages' : ''}`,
    truth: truthOf(p, style),
    make: async () => {
      const w = await writer();
      if (opts.twoPages) {
        w.furniture = (page, n) => {
          page.drawText(`${p.name} – ${n}/2`, { x: 50, y: 770, size: 8, font: w.regular });
          page.drawText(`Page ${n} of 2`, { x: 280, y: 30, size: 8, font: w.regular });
        };
      }
      contact(w, p);
      heading(w, words.experience);
      for (const r of p.roles) {
        ROLE_LAYOUTS[layout](w, r, style);
        if (opts.twoPages) w.y -= 160;
        else w.y -= 6;
      }
      education(w, p, words.education);
      skills(w, p, words.skills);
      return w.doc.save();
    },
  };
}

/** A sidebar with contact and skills on the left, roles and schools on the right. */
function sidebar(p: Person): LayoutResume {
  return {
    name: `${p.name}: sidebar beside the roles`,
    truth: truthOf(p, 'month'),
    make: async () => {
      const w = await writer();
      text(w, p.name, { size: 22, bold: true, gap: 30 });
      const top = w.y;
      for (const [i, value] of [p.email, p.phone, p.location, '', 'SKILLS', ...p.skills].entries())
        w.page.drawText(value, { x: 40, y: top - i * 14, size: 9, font: value === 'SKILLS' ? w.bold : w.regular });
      w.y = top;
      const main = (value: string, o: { bold?: boolean; size?: number } = {}) => text(w, value, { x: 210, ...o });
      main('EXPERIENCE', { bold: true, size: 12 });
      for (const r of p.roles) {
        main(`${r.title}, ${r.employer}`, { bold: true });
        main(`${range(r, 'month')} | ${r.city}`, { size: 9 });
        for (const b of r.bullets) main(`• ${b}`);
      }
      main('EDUCATION', { bold: true, size: 12 });
      for (const s of p.schools) {
        main(s.school, { bold: true });
        main(`${s.degree}, ${s.start} – ${s.end}`);
      }
      return w.doc.save();
    },
  };
}

export const LAYOUT_RESUMES: LayoutResume[] = [
  ...PEOPLE.flatMap((p) => [
    oneColumn(p, 'one line, dates right', 'month'),
    oneColumn(p, 'employer — title, dates below', 'numeric'),
    oneColumn(p, 'title over employer', 'dotted'),
    oneColumn(p, 'employer over title', 'month'),
    oneColumn(p, 'date column', 'year'),
    oneColumn(p, 'one line, dates right', 'month', { twoPages: true }),
    oneColumn(p, 'pipes, dates right', 'now'),
    oneColumn(p, 'title over employer', 'german'),
    oneColumn(p, 'employer over title', 'numeric'),
    sidebar(p),
  ]),
];
