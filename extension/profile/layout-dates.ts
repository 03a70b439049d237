import type { ResumeTruth } from '../../e2e/fixtures/real-resumes.ts';
import type { Person, Role } from './layout-people.ts';

/** How a layout resume writes its dates (English, numeric, dotted, German, "– now"), and the truth they stand for. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/** `german`: "März 2019 – heute"; `now`: "2019 – now" written with month names ("Mar 2019 – now"). */
export type DateStyle = 'month' | 'numeric' | 'dotted' | 'year' | 'german' | 'now';

function date(d: [number | null, number] | null, style: DateStyle, present = 'Present'): string {
  if (!d) return style === 'german' ? 'heute' : style === 'now' ? 'now' : present;
  const [month, year] = d;
  if (style === 'year' || month === null) return String(year);
  if (style === 'german') return `${MONATE[month - 1]} ${year}`;
  if (style === 'numeric') return `${String(month).padStart(2, '0')}/${year}`;
  if (style === 'dotted') return `${String(month).padStart(2, '0')}.${year}`;
  return `${MONTHS[month - 1]} ${year}`;
}
export const range = (r: Role, style: DateStyle, present?: string) => `${date(r.start, style)} – ${date(r.end, style, present)}`;

/** The truth a layout must give back: dates as the truth files write them ("Jan 2019", "2019", "Present"). */
export function truthOf(p: Person, style: DateStyle): ResumeTruth {
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
