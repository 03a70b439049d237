import { canonicalSkill, skillShare, skillsIn } from '../match/skills.ts';
import { countryNamesPattern } from '../reference/country-mentions.ts';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { LINKEDIN_LINK } from '../sites/linkedin.ts';
import { type FoundRange, findDateRange, findTrailingDate, findYear, joinWrappedRange } from './dates.ts';
import { type Line, readingOrder } from './lines.ts';
import { headingKind, type SectionKind } from './sections.ts';
import { ResumeError, type TextPage } from './text-items.ts';

/**
 * A resume's text (with positions) → a draft profile the user reviews before saving. It only
 * copies what the resume says: a field it cannot find stays empty, and warnings say so.
 */
export interface ResumeDraft {
  profile: ProfileDraft;
  warnings: string[];
}

const BULLET = /^\s*(?:[•◦▪▫●○■□·*–-]|\u2022|\u25CF|\u25AA)\s*/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// "+1 303 555 0199", "(512) 555-0142", "+1 (415) 555-0142", "030 1234 5678".
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?\d{2,4}(?:[\s.-]\d{2,4}){1,3}|\d{2,4}(?:[\s.-]\d{2,4}){2,4})/;
const URL_LIKE = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s|,]*/gi;
// "Denver, CO", "Rotterdam, Netherlands", "Remote": a place, not "Title, Employer".
const COUNTRIES = countryNamesPattern();
const LOCATION = new RegExp(`^(?:[A-Z][A-Za-zÀ-ÿ .'-]+,\\s*(?:[A-Z]{2}|${COUNTRIES})(?:,\\s*(?:${COUNTRIES}))?|Remote)$`);
// A street address on a contact line: "555 La Verne Way, La Verne, CA", "321 Gotham St".
const STREET =
  /^\d+[A-Za-z]?\s+[A-Z][A-Za-z.' -]+(?:\b(?:st|street|ave|avenue|rd|road|way|blvd|lane|ln|dr|drive|ct|court|pl|place)\.?)(?:,.*)?$/i;
const DEGREE =
  /\b(hnd|hnc|btec|nvq|bachelor|master|b\.?\s?sc|m\.?\s?sc|b\.?s\.?|m\.?s\.?|b\.?a\.?|m\.?a\.?|mba|ph\.?d|doctor|associate|diploma|bsn|msn|b\.?eng|m\.?eng|certificate|abitur|ged|high school)\b/i;
// What follows "Bachelor of" / "Master of" as the degree's own name, not its field.
const DEGREE_NAME =
  /^(science|arts|fine arts|engineering|business administration|laws|education|technology|applied science|philosophy|music|nursing|social work|public health|commerce)$/i;
const SCHOOL = /\b(university|college|institute|school|academy|polytechnic|universität|hochschule|tu|eth|mit)\b/i;
// Words that make a phrase a job title rather than an employer.
const TITLE_WORDS =
  /\b(engineer|developer|programmer|nurse|manager|analyst|designer|accountant|specialist|director|consultant|technician|assistant|coordinator|officer|administrator|scientist|teacher|architect|lead|intern|associate|representative|clerk|cook|chef|driver|welder|operator|supervisor|agent|advisor|buyer|planner|recruiter|writer|editor|marketer|attorney|lawyer|paralegal|therapist|pharmacist|physician|cashier|mechanic|electrician|carpenter|executive|founder|president|head|controller|bookkeeper|auditor|researcher|instructor|tutor|practitioner|aide|medic|dispatcher|foreman|machinist|fabricator|marketing|sales|owner|vp)\b/i;
// German job titles are compounds ("Bilanzbuchhalterin"), so their stems match inside words.
const TITLE_STEMS =
  /(buchhalter|ingenieur|entwickler|leiter|pflege|kauf(mann|frau)|berater|referent|sachbearbeiter|techniker|mechaniker|assistent|verkäufer|koch|fahrer)/i;
// Words that make a phrase an employer: legal forms and common company nouns.
const EMPLOYER_WORDS =
  /\b(gmbh|inc|llc|ltd|corp|corporation|co|ag|se|plc|group|partners?|hospital|clinic|university|bank|foods|robotics|analytics|health|labs?|technologies|solutions|systems|services|consulting|company)\b\.?/i;

const LEVELS: Record<string, ProfileDraft['languages'][number]['level']> = {
  native: 'native',
  'mother tongue': 'native',
  muttersprache: 'native',
  c2: 'native',
  fluent: 'fluent',
  c1: 'fluent',
  bilingual: 'fluent',
  professional: 'professional',
  b2: 'professional',
  conversational: 'conversational',
  intermediate: 'conversational',
  b1: 'conversational',
  basic: 'basic',
  a2: 'basic',
  a1: 'basic',
  beginner: 'basic',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

/** Splits "Title | Employer | City, ST" and "Title at Employer" into their parts. */
function parts(text: string): string[] {
  if (LOCATION.test(text.trim())) return [text.trim()];
  return (
    text
      .split(/\s+(?:\||•|·|—|–|-|@)\s+|\s*\|\s*/)
      // "Engineer at Acme" is two parts; "The University of Texas at Austin" is one school.
      .flatMap((piece) => (SCHOOL.test(piece) && /\bof\b.*\bat\b/i.test(piece) ? [piece] : piece.split(/\s+at\s+/)))
      .flatMap((piece) => {
        // "Title, Employer" (one comma) is two parts; "City, ST" stays one.
        const commas = piece.split(/\s*,\s+/);
        if (commas.length === 2) return LOCATION.test(piece.trim()) ? [piece] : commas;
        // "Title, Employer, City, ST" on one line (LaTeX moderncv): the place is its last two or three parts.
        for (const size of [3, 2]) {
          const place = commas.slice(-size).join(', ');
          if (commas.length > size && LOCATION.test(place)) return [...commas.slice(0, -size), place];
        }
        return [piece];
      })
      .map((p) => p.trim())
      .filter(Boolean)
  );
}

const isTitle = (p: string) => TITLE_WORDS.test(p) || TITLE_STEMS.test(p);

const FURNITURE =
  /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*\/\s*\d+|[\p{L} .'-]{2,40}\s+[–—-]\s+(?:page\s+)?\d+(?:\s*(?:\/|of)\s*\d+)?|\d{1,3})$/iu;

// A line of running text: eight words or more, or a sentence's end.
const PROSE = /^(?:\S+\s+){7,}\S|[a-z]\.$/;

/**
 * Lines as a date column and wrapped headers leave them: a range split over two lines ("2021 –" /
 * "Present …") is put back together, and a header line ending in a comma goes on with the next.
 */
function unwrap(lines: readonly Line[]): Line[] {
  // Copies: the lines stay as the sections hold them.
  const rest = lines.map((line) => ({ ...line }));
  const out: Line[] = [];
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i] as Line;
    const next = rest[i + 1];
    const joined = next ? joinWrappedRange(line.text, next.text) : null;
    if (joined && next) {
      out.push({ ...line, text: joined[0] });
      next.text = joined[1];
      if (!joined[1].trim()) i++;
      continue;
    }
    const previous = out.at(-1);
    if (previous && /,$/.test(previous.text) && findDateRange(previous.text) && !BULLET.test(line.text) && line.text.length < 40) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    out.push(line);
  }
  return out;
}

interface Entry {
  header: Line[];
  bullets: string[];
}

/** Groups a section's lines into entries: header lines (role, employer, dates) then bullets. */
function entries(lines: Line[]): Entry[] {
  const out: Entry[] = [];
  const left = Math.min(...lines.map((l) => l.x));
  for (const line of lines) {
    const current = out.at(-1);
    const isBullet = BULLET.test(line.text);
    if (isBullet) {
      if (current) current.bullets.push(line.text.replace(BULLET, ''));
      else out.push({ header: [], bullets: [line.text.replace(BULLET, '')] });
      continue;
    }
    if (current && current.bullets.length > 0) {
      // A wrapped bullet: it starts in lower case or sits indented under the bullet text.
      if (/^[a-z(]/.test(line.text) || line.x > left + line.size * 1.2) {
        current.bullets[current.bullets.length - 1] += ` ${line.text}`;
        continue;
      }
      out.push({ header: [line], bullets: [] });
      continue;
    }
    const headerHasDates = current?.header.some((h) => findDateRange(h.text));
    // A description written as prose, not bullets (moderncv): a sentence under a dated header.
    if (current && headerHasDates && !findDateRange(line.text) && PROSE.test(line.text)) {
      current.bullets.push(line.text);
      continue;
    }
    if (!current || (headerHasDates && findDateRange(line.text)) || (current.header.length >= 3 && headerHasDates))
      out.push({ header: [line], bullets: [] });
    else current.header.push(line);
  }
  return out;
}

function experienceOf(entry: Entry): ProfileDraft['experience'][number] | null {
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

function educationOf(entry: Entry): ProfileDraft['education'][number] | null {
  const lines = [...entry.header.map((l) => l.text), ...entry.bullets];
  let start: string | null = null;
  let end: string | null = null;
  const pieces: string[] = [];
  for (const raw of lines) {
    // "Expected Graduation: June 2016", "Graduated May 2023": the date is the end.
    const text = raw.replace(/\b(?:expected\s+)?graduat(?:ion|ed|ing)(?:\s+date)?\s*:?\s*/i, '');
    // The school's own dates come first; a range in a bullet ("Teaching Assistant (2022 - 2023)") is not them.
    const range: FoundRange | null = start === null && end === null ? findDateRange(text) : null;
    if (range) {
      start = range.start;
      end = range.end;
      pieces.push(...parts(range.rest));
      continue;
    }
    const dated = end === null ? findTrailingDate(text) : null;
    if (dated && /-/.test(dated.date)) {
      end = dated.date;
      if (dated.rest) pieces.push(...parts(dated.rest));
      continue;
    }
    const year = findYear(text);
    if (year && end === null && !DEGREE.test(year.rest) && !SCHOOL.test(year.rest)) {
      end = year.year;
      if (year.rest) pieces.push(...parts(year.rest));
      continue;
    }
    if (year && end === null) {
      end = year.year;
      pieces.push(...parts(year.rest));
      continue;
    }
    pieces.push(...parts(text));
  }
  const degreeAt = pieces.findIndex((p) => DEGREE.test(p));
  const school =
    pieces.find((p, i) => i !== degreeAt && SCHOOL.test(p)) ?? pieces.find((p, i) => i !== degreeAt && !LOCATION.test(p)) ?? '';
  // "Master of Science in Computer Science, Specialization in AI, MIT": the degree runs to the school.
  const schoolAt = pieces.indexOf(school);
  const degreeText = degreeAt < 0 ? '' : pieces.slice(degreeAt, schoolAt > degreeAt ? schoolAt : degreeAt + 1).join(', ');
  if (!school && !degreeText) return null;
  // "Bachelor of Science in Accounting": the field follows the last "in", or "of" when that is not
  // the degree's own name ("Bachelor of Science"); or it is the part after the degree
  // ("Bachelor of Science, Computer Science").
  const degreeOnly = pieces[degreeAt] ?? '';
  const after = pieces[degreeAt + 1];
  const of = /\bof\s+([A-Z][^,|]+)$/.exec(degreeOnly)?.[1]?.trim();
  const field =
    /\bin\s+([A-Z][^,|]+)$/.exec(degreeOnly)?.[1]?.trim() ??
    // "B.S. Computer Science", "MSc Physics": the field after an abbreviated degree.
    /^(?:[BM]\.\s?(?:S|A|Sc|Eng)\.?|BSc|MSc|BA|BS|MS|MA|MEng|BEng|MBA|Ph\.?\s?D\.?)\s+([A-Z][^,|]+)$/.exec(degreeOnly)?.[1]?.trim() ??
    (of && !DEGREE_NAME.test(of) ? of : undefined) ??
    (after && degreeAt >= 0 && after !== school && !LOCATION.test(after) && !SCHOOL.test(after) && !DEGREE.test(after) ? after : '');
  return { school, degree: degreeText, field, start, end };
}

/** Splits a list on , ; | • · but not inside parentheses: "AWS (S3, EMR)" is one item. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;|•·]/.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

// "Computer: Word, Excel" — a list line that names its own group.
const LIST_LABEL = /^[A-Za-z &/]{2,30}:\s*/;

function listItems(lines: Line[]): string[] {
  // A list wrapped over lines goes on where it stopped ("…, Deep Learning, Natural" / "Language
  // Processing"), unless the next line starts a group of its own ("Language: Spanish").
  const joined: string[] = [];
  for (const line of lines) {
    const text = line.text;
    const previous = joined.at(-1);
    if (previous !== undefined && !BULLET.test(text) && !LIST_LABEL.test(text) && splitList(previous).length > 1 && !/[.]$/.test(previous))
      joined[joined.length - 1] = `${previous} ${text}`;
    else joined.push(text);
  }
  return joined
    .map((text) => text.replace(BULLET, ''))
    .flatMap((text) => splitList(text.replace(LIST_LABEL, '')))
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0 && s.length <= 60);
}

// Words around a skill that are not the skill ("Proficient in Windows", "and Excel", "Fluent in Spanish").
const SKILL_FILLER =
  /^(?:and|or|&|proficient (?:in|with)|experienced (?:in|with)|fluent in|knowledge of|familiar with|expert in|skilled in)\s+/i;

/**
 * The skills one list item names. "Excel (pivot tables)" and "AWS (S3, EMR)" are Excel and AWS; a
 * row of tags set apart by space, not commas ("Go Python Node.js TypeScript"), is each skill it
 * names; a link is none.
 */
function skillNames(raw: string): string[] {
  let item = raw.trim();
  while (SKILL_FILLER.test(item)) item = item.replace(SKILL_FILLER, '');
  // A link is no skill (match, not test: URL_LIKE is global and test would keep its position).
  if (!item || item.match(URL_LIKE) || EMAIL.test(item) || /^(?:https?:\/\/|www\.)|\.(?:com|io|dev|org)\b/i.test(item)) return [];
  const known = canonicalSkill(item) ?? canonicalSkill(item.replace(/\s*\(.*\)\s*$/, ''));
  if (known) return [known.name];
  const named = skillsIn(item);
  // Several skills and little else: the row is a list without commas.
  if (named.length >= 2 && skillShare(item) >= 0.6) return named.map((skill) => skill.name);
  return [item];
}

/** A contact line without its links, email and phone number. */
function contactless(text: string): string {
  return text.replace(URL_LIKE, ' ').replace(EMAIL, ' ').replace(PHONE, ' ').replace(/\s+/g, ' ').trim();
}

function header(lines: Line[], profile: ProfileDraft) {
  const text = lines.map((l) => l.text).join(' | ');
  profile.email = EMAIL.exec(text)?.[0] ?? '';
  for (const url of text.match(URL_LIKE) ?? []) {
    if (LINKEDIN_LINK.test(url)) profile.links.linkedin = url;
    else if (/github\.com/i.test(url)) profile.links.github = url;
    else if (!EMAIL.test(url) && !profile.links.portfolio) profile.links.portfolio = url;
  }
  const withoutLinks = text.replace(URL_LIKE, ' ').replace(EMAIL, ' ');
  profile.phone = PHONE.exec(withoutLinks)?.[0]?.trim() ?? '';
  // Each line without its links, email and phone: what is left may be the place. Lines on one
  // baseline are read together, left to right (a contact row the column reader cut in two:
  // "…, San Francisco," and "CA, (a profile link)").
  const bare = lines.map((l) => contactless(l.text));
  const rows = [...lines]
    .sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x)
    .reduce<Line[][]>((out, l) => {
      const row = out.at(-1);
      if (row?.[0] && row[0].page === l.page && Math.abs(row[0].y - l.y) < 2) row.push(l);
      else out.push([l]);
      return out;
    }, [])
    .map((row) => contactless(row.map((l) => l.text).join(' ')));
  const segments = rows.flatMap((t) => t.split(/\s*[|•·]\s*|\s+,\s+/)).map((s) => s.trim());
  profile.location = segments.find((s) => LOCATION.test(s)) ?? '';
  // A street on its own line, its town on the next ("321 Gotham St" / "Gotham, USA"), or all on one.
  const street = bare.findIndex((t) => STREET.test(t));
  if (street >= 0) {
    const line = bare[street] as string;
    const town = bare[street + 1] ?? '';
    profile.location = line.includes(',') ? line : LOCATION.test(town) ? `${line}, ${town}` : profile.location;
  }
  // The name: the largest text at the top that is not contact details (an icon glyph before a phone is dropped).
  const candidates = lines
    .map((l) => ({ ...l, text: bare[lines.indexOf(l)]?.replace(/\s+\S$/, '') ?? '' }))
    .filter((l) => l.text && !/\d/.test(l.text) && l.text.split(' ').length <= 5 && !LOCATION.test(l.text));
  // Of lines of one size (text whose layout is lost) a job title is the headline, not the name:
  // taken for the name, it would be lost as the role it names too.
  const largest = Math.max(...candidates.map((l) => l.size));
  const sized = candidates.filter((l) => l.size === largest);
  const name = (sized.find((l) => !isTitle(l.text)) ?? sized[0])?.text ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  profile.name.first = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  profile.name.last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return name;
}

/** The most undated roles read from title lines: more are likely not roles. */
const MAX_TITLE_LINES = 5;

/**
 * Roles from lines that are a job title and little else, for text whose layout and dates are
 * lost: "QA Automation Lead", or "Data Science Consultant - Deloitte" (title, then employer). A
 * degree, a sentence, a list or a line with a colon is none; the same title is one role.
 */
function titleLines(lines: Line[], name: string): ProfileDraft['experience'] {
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
  const name = header(sections.get('header') ?? [], profile);
  if (!name) warnings.push('No name found at the top of the resume.');
  if (!profile.email) warnings.push('No email address found.');

  profile.summary = (sections.get('summary') ?? []).map((l) => l.text).join(' ');
  const experience = unwrap(sections.get('experience') ?? []);
  profile.experience =
    experience.length > 0
      ? entries(experience)
          .map(experienceOf)
          .filter((e) => e !== null)
      : [];
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
  const education = unwrap(sections.get('education') ?? []);
  profile.education =
    education.length > 0
      ? entries(education)
          .map(educationOf)
          .filter((e) => e !== null)
      : [];

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
  profile.languages = listItems(sections.get('languages') ?? []).map((item) => {
    const [lang, ...rest] = item.split(/\s*[(–—:-]\s*/);
    const level = rest.join(' ').replace(/\)/g, '').trim().toLowerCase();
    return { name: (lang ?? item).trim(), level: LEVELS[level] ?? LEVELS[level.split(' ')[0] ?? ''] ?? null };
  });
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
