import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { ResumeTruth } from '../../e2e/fixtures/real-resumes.ts';

/**
 * Resume PDFs in the layouts people's resumes use, generated from data that is their truth:
 * the same people written as one-line "Title, Employer, City, ST" roles, "Employer — Title",
 * "Title | Employer | City", two-line roles in either order, dates on the right, on the left (a
 * date column) or below, numeric, dotted, German ("März 2019 – heute") and "– now" dates, German
 * headings, a sidebar, and two pages with a running header and footer.
 * Scored like the real resumes (layout-resumes.test.ts).
 */

interface Role {
  title: string;
  employer: string;
  city: string;
  /** [month 1–12 or null, year]; end null = present. */
  start: [number | null, number];
  end: [number | null, number] | null;
  bullets: string[];
}
interface School {
  school: string;
  degree: string;
  end: number;
  start: number;
}
interface Person {
  name: string;
  email: string;
  phone: string;
  location: string;
  roles: Role[];
  schools: School[];
  skills: string[];
}

const PEOPLE: Person[] = [
  {
    name: 'Marisol Ortega',
    email: 'marisol.ortega@example.com',
    phone: '(512) 555-0142',
    location: 'Austin, TX',
    roles: [
      {
        title: 'Senior Data Engineer',
        employer: 'Lonestar Analytics',
        city: 'Austin, TX',
        start: [3, 2021],
        end: null,
        bullets: ['Built the streaming pipeline that feeds 40 dashboards', 'Cut warehouse costs by 30% with partitioned tables'],
      },
      {
        title: 'Data Analyst',
        employer: 'Bluebonnet Health',
        city: 'Dallas, TX',
        start: [6, 2017],
        end: [2, 2021],
        bullets: ['Wrote the weekly claims report in SQL and Python'],
      },
    ],
    schools: [{ school: 'University of Houston', degree: 'Bachelor of Science in Statistics', start: 2013, end: 2017 }],
    skills: ['Python', 'SQL', 'Airflow', 'Tableau'],
  },
  {
    name: 'Tobias Lindqvist',
    email: 'tobias.lindqvist@example.org',
    phone: '+1 (415) 555-0199',
    location: 'San Francisco, CA',
    roles: [
      {
        title: 'Product Designer',
        employer: 'Harborlight Software',
        city: 'San Francisco, CA',
        start: [1, 2022],
        end: null,
        bullets: ['Redesigned onboarding, raising activation by 12%', 'Ran 30 user interviews a quarter'],
      },
      {
        title: 'UX Designer',
        employer: 'Cobalt Media Group',
        city: 'Oakland, CA',
        start: [9, 2018],
        end: [12, 2021],
        bullets: ['Designed the mobile checkout used by 2 million readers'],
      },
      {
        title: 'Design Intern',
        employer: 'Fogline Studio',
        city: 'Berkeley, CA',
        start: [6, 2017],
        end: [8, 2017],
        bullets: ['Drew icons and screens for two client apps'],
      },
    ],
    schools: [{ school: 'California College of the Arts', degree: 'Bachelor of Fine Arts', start: 2014, end: 2018 }],
    skills: ['Figma', 'User research', 'Prototyping', 'HTML'],
  },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/** `german`: "März 2019 – heute"; `now`: "2019 – now" written with month names ("Mar 2019 – now"). */
type DateStyle = 'month' | 'numeric' | 'dotted' | 'year' | 'german' | 'now';

function date(d: [number | null, number] | null, style: DateStyle, present = 'Present'): string {
  if (!d) return style === 'german' ? 'heute' : style === 'now' ? 'now' : present;
  const [month, year] = d;
  if (style === 'year' || month === null) return String(year);
  if (style === 'german') return `${MONATE[month - 1]} ${year}`;
  if (style === 'numeric') return `${String(month).padStart(2, '0')}/${year}`;
  if (style === 'dotted') return `${String(month).padStart(2, '0')}.${year}`;
  return `${MONTHS[month - 1]} ${year}`;
}
const range = (r: Role, style: DateStyle, present?: string) => `${date(r.start, style)} – ${date(r.end, style, present)}`;

/** The truth a layout must give back: dates as the truth files write them ("Jan 2019", "2019", "Present"). */
function truthOf(p: Person, style: DateStyle): ResumeTruth {
  const truthDate = (d: [number | null, number] | null) =>
    d === null ? 'Present' : style === 'year' || d[0] === null ? String(d[1]) : `${MONTHS[d[0] - 1]} ${d[1]}`;
  return {
    name: p.name,
    email: p.email,
    phone: p.phone,
    location: p.location,
    experience: p.roles.map((r) => ({ employer: r.employer, title: r.title, start: truthDate(r.start), end: truthDate(r.end) })),
    education: p.schools.map((s) => ({ school: s.school, degree: s.degree, end: String(s.end) })),
    skills: p.skills,
  };
}

interface Writer {
  doc: PDFDocument;
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
  y: number;
  /** Drawn at the head and foot of every page after the first, when set. */
  furniture?: (page: PDFPage, n: number) => void;
}

async function writer(): Promise<Writer> {
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

function text(
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

const heading = (w: Writer, value: string) => text(w, value, { size: 12, bold: true, gap: 18 });

function contact(w: Writer, p: Person) {
  text(w, p.name, { size: 22, bold: true, gap: 26 });
  text(w, `${p.location} | ${p.email} | ${p.phone}`, { size: 9, gap: 24 });
}

function bullets(w: Writer, r: Role, x = 60) {
  for (const b of r.bullets) text(w, `• ${b}`, { x });
}

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

function education(w: Writer, p: Person, title = 'EDUCATION') {
  heading(w, title);
  for (const s of p.schools) {
    text(w, `${s.start} – ${s.end}`, { right: true, stay: true });
    text(w, s.school, { bold: true });
    text(w, s.degree, { gap: 18 });
  }
}

function skills(w: Writer, p: Person, title = 'SKILLS') {
  heading(w, title);
  text(w, p.skills.join(', '));
}

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
