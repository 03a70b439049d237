import { skillsIn } from '../match/skills.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { findDateRange, findTrailingDate } from './dates.ts';
import type { Entry } from './entries.ts';
import type { Line } from './lines.ts';
import { BULLET, DEGREE, EMAIL, EMPLOYER_WORDS, isTitle, LOCATION, PHONE, parts } from './patterns.ts';

/** Roles read from the experience section's entries, or from lines that name a job title when the layout is lost. */

export function experienceOf(entry: Entry): ProfileDraft['experience'][number] | null {
  let start: string | null = null;
  let end: string | null = null;
  const pieces: string[] = [];
  for (const line of entry.header) {
    const range = findDateRange(line.text);
    const single: { date: string; rest: string } | null = range || start !== null ? null : findTrailingDate(line.text);
    if (range && start === null) {
      start = range.start;
      end = range.end;
      pieces.push(...parts(range.rest));
    } else if (single) {
      // "Software Engineer Intern Summer 2022": a role of one season or month.
      start = single.date;
      end = single.date;
      pieces.push(...parts(single.rest));
    } else pieces.push(...parts(line.text));
  }
  if (pieces.length === 0 && entry.bullets.length === 0) return null;
  // "Employer, City, ST   dates" over a short undated line: that line is the title ("Member", "Volunteer").
  const dated = entry.header.find((l) => findDateRange(l.text) || findTrailingDate(l.text));
  const undated = entry.header.filter((l) => l !== dated);
  const lone = undated.length === 1 ? (undated[0]?.text ?? '') : '';
  const datedParts = dated ? parts(findDateRange(dated.text)?.rest ?? findTrailingDate(dated.text)?.rest ?? '') : [];
  const place = datedParts.find((p) => LOCATION.test(p)) ?? '';
  const named = datedParts.filter((p) => p !== place);
  if (
    lone &&
    parts(lone).length === 1 &&
    lone.split(/\s+/).length <= 6 &&
    !EMPLOYER_WORDS.test(lone) &&
    !LOCATION.test(lone) &&
    named.length > 0 &&
    (!named.some(isTitle) || isTitle(lone))
  ) {
    return { title: lone, employer: named.join(', '), location: place, start, end, bullets: entry.bullets };
  }
  const location = pieces.find((p) => LOCATION.test(p) || /^remote$/i.test(p)) ?? '';
  const rest = pieces.filter((p) => p !== location);
  const title =
    rest.find((p) => isTitle(p) && !EMPLOYER_WORDS.test(p)) ??
    rest.find(isTitle) ??
    rest.find((p) => !EMPLOYER_WORDS.test(p)) ??
    rest[0] ??
    '';
  const employer = rest.find((p) => p !== title && EMPLOYER_WORDS.test(p)) ?? rest.find((p) => p !== title) ?? '';
  return { title, employer, location, start, end, bullets: entry.bullets };
}

/** The most undated roles read from title lines: more are likely not roles. */
export const MAX_TITLE_LINES = 5;

/**
 * Roles from lines that are a job title and little else, for text whose layout and dates are
 * lost: "QA Automation Lead", or "Data Science Consultant - Deloitte" (title, then employer). A
 * degree, a sentence, a list or a line with a colon is none; the same title is one role.
 */
export function titleLines(lines: Line[], name: string): ProfileDraft['experience'] {
  const roles: ProfileDraft['experience'] = [];
  for (const line of lines) {
    const text = line.text.replace(BULLET, '').trim();
    if (text.split(/\s+/).length > 8 || /[:;,•|]|\.$/.test(text) || DEGREE.test(text) || findDateRange(text)) continue;
    if ((name && text.includes(name)) || EMAIL.test(text) || PHONE.test(text)) continue;
    const [title = '', employer = ''] = text.split(/\s+[–—-]\s+/, 2);
    if (!isTitle(title) || EMPLOYER_WORDS.test(title) || skillsIn(title).length > 1) continue;
    const same = roles.find((r) => r.title.toLowerCase() === title.toLowerCase());
    if (same) {
      if (!same.employer && employer) same.employer = employer;
      continue;
    }
    roles.push({ employer, title, location: '', start: null, end: null, bullets: [] });
    if (roles.length >= MAX_TITLE_LINES) break;
  }
  return roles;
}
