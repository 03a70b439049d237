import { skillsIn } from '../match/skills.ts';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { contactless, readHeader } from './contact.ts';
import { findDateRange, findYear } from './dates.ts';
import { educationOf } from './education.ts';
import { entries, readEntries, unwrap } from './entries.ts';
import { experienceOf, titleLines } from './experience.ts';
import { type Line, readingOrder } from './lines.ts';
import { languagesOf, listItems, skillNames } from './lists.ts';
import { BULLET, DEGREE, EMAIL, isTitle, LOCATION, PHONE, PROSE, STREET } from './patterns.ts';
import { headingKind, type SectionKind } from './sections.ts';
import { ResumeError, type TextPage } from './text-items.ts';

/**
 * A resume's text (with positions) → a draft profile the user reviews before saving. It only
 * copies what the resume says: a field it cannot find stays empty, and warnings say so. This
 * module cuts the lines into sections and says what is missing; each section has its reader
 * (contact.ts, experience.ts, education.ts, lists.ts).
 */
export interface ResumeDraft {
  profile: ProfileDraft;
  warnings: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

const FURNITURE =
  /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*\/\s*\d+|[\p{L} .'-]{2,40}\s+[–—-]\s+(?:page\s+)?\d+(?:\s*(?:\/|of)\s*\d+)?|\d{1,3})$/iu;

export function parseResume(pages: TextPage[]): ResumeDraft {
  // Page furniture is no content: "Page 2 of 3", "2/3", "Jane Doe – 2/3" at a page's foot or head.
  const lines = readingOrder(pages).filter((l) => l.text && !FURNITURE.test(l.text));
  if (lines.length === 0) throw new ResumeError('no-text', 'This PDF has no text layer (a scan or an image).');
  const bodySize = median(lines.map((l) => l.size));
  const sections = new Map<SectionKind | 'header', Line[]>([['header', []]]);
  let current: SectionKind | 'header' = 'header';
  for (const line of lines) {
    const kind = headingKind(line, bodySize);
    if (kind) {
      current = kind;
      if (!sections.has(kind)) sections.set(kind, []);
      continue;
    }
    sections.get(current)?.push(line);
  }

  const profile = emptyProfileDraft();
  profile.resumeText = lines
    .map((l) => l.text)
    .join('\n')
    .slice(0, 100_000);
  const warnings: string[] = [];
  const name = readHeader(sections.get('header') ?? [], profile);
  if (!name) warnings.push('No name found at the top of the resume.');
  if (!profile.email) warnings.push('No email address found.');

  profile.summary = (sections.get('summary') ?? []).map((l) => l.text).join(' ');
  profile.experience = readEntries(sections.get('experience') ?? [], experienceOf);
  if (profile.experience.length === 0) {
    // No section to read (a resume whose layout was lost): roles are the dated lines with a job title.
    // Running text is no role's header: only dated lines and short lines are read.
    // Nor are the name and the contact lines.
    const contact = (t: string) =>
      (!!name && t.includes(name)) || EMAIL.test(t) || PHONE.test(t) || LOCATION.test(contactless(t)) || STREET.test(contactless(t));
    const body = unwrap(lines).filter((l) => findDateRange(l.text) || !(PROSE.test(l.text) || contact(l.text)));
    const found = entries(body)
      .map((entry) => ({ entry, role: experienceOf(entry) }))
      .filter(({ role: e }) => e !== null && (e.start !== null || e.end !== null) && isTitle(e.title) && !DEGREE.test(e.title))
      .slice(0, 15);
    profile.experience = found.map(({ role }) => role as ProfileDraft['experience'][number]);
    // Say which lines they came from, so the user can check them against the resume.
    const sources = found.map(
      ({ entry }) =>
        `"${entry.header
          .map((l) => l.text)
          .join(' / ')
          .slice(0, 80)}"`,
    );
    if (found.length > 0) {
      warnings.push(
        `No work experience section found: ${found.length} role(s) were read from dated lines with a job title (${sources.join('; ')}). Check them.`,
      );
    } else {
      // Nor dated lines: a short line that is a job title ("QA Automation Lead", "Nurse - St. Mary's")
      // is a role without dates, so titles still count toward matching.
      profile.experience = titleLines(body, name);
      warnings.push(
        profile.experience.length > 0
          ? `No work experience section or dates found: ${profile.experience.length} role(s) were read from lines that name a job title (${profile.experience.map((e) => `"${[e.title, e.employer].filter(Boolean).join(' - ')}"`).join('; ')}). Add their dates.`
          : 'No work experience section found.',
      );
    }
  }
  profile.education = readEntries(sections.get('education') ?? [], educationOf);

  const seen = new Set<string>();
  for (const item of listItems(sections.get('skills') ?? []).flatMap(skillNames)) {
    if (seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    profile.skills.push({ name: item, years: null, level: null });
  }
  if (profile.skills.length === 0) {
    // No skills section: the skills the text names anywhere (from the taxonomy, never a heading or a name).
    for (const skill of skillsIn(lines.map((l) => l.text).join('\n'))) profile.skills.push({ name: skill.name, years: null, level: null });
    warnings.push(
      profile.skills.length > 0
        ? `No skills section found: ${profile.skills.length} skill(s) named in the text were taken. Check them.`
        : 'No skills section found.',
    );
  }

  profile.certifications = (sections.get('certifications') ?? []).map((l) => {
    const text = l.text.replace(BULLET, '');
    const year = findYear(text);
    return { name: (year?.rest ?? text).replace(/[,(–-]\s*$/, '').trim(), issuer: '', year: year?.year ?? '' };
  });
  profile.languages = languagesOf(sections.get('languages') ?? []);
  profile.projects = entries(sections.get('projects') ?? []).map((e) => {
    // The name is the header's first line without its dates ("2020 – Personal Project: Home
    // Automation System Present" → "Personal Project: Home Automation System"); the header's
    // other lines (moderncv writes the description beside the dates) join the description.
    const [first, ...others] = e.header.map((h) => findDateRange(h.text)?.rest ?? h.text).filter((t) => /\p{L}/u.test(t));
    // A date column may wrap a range over two lines ("2020 –" | "Present").
    const name = (first ?? '').replace(/^(?:\p{L}{3,9}\.?\s)?\d{4}\s*[–—-]\s*/u, '').replace(/\s+(?:present|now|current|today)$/i, '');
    const rest = [...others, ...e.bullets].join(' ').replace(/^(?:present|now|current|today)\b\s*/i, '');
    return {
      name: name.slice(0, 200),
      description: rest.slice(0, 2000),
      url: '',
    };
  });
  return { profile, warnings };
}
