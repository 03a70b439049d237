import { canonicalSkill } from '../match/skills.ts';
import { emptyProfileDraft, type ProfileDraft } from '../schemas/profile.ts';
import { LINKEDIN_LINK } from '../sites/linkedin.ts';
import { findDateRange, findYear } from './dates.ts';
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
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}/;
const URL_LIKE = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s|,]*/gi;
// "Denver, CO", "Rotterdam, Netherlands", "Remote": a place, not "Title, Employer".
const COUNTRIES =
  'USA|US|United States|UK|United Kingdom|England|Scotland|Ireland|Canada|Mexico|Brazil|Germany|Deutschland|Netherlands|Belgium|France|Spain|Portugal|Italy|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Czech Republic|India|Pakistan|China|Japan|Singapore|Australia|New Zealand|Israel|Nigeria|Kenya|South Africa|UAE';
const LOCATION = new RegExp(`^(?:[A-Z][A-Za-zÀ-ÿ .'-]+,\\s*(?:[A-Z]{2}|${COUNTRIES})|Remote)$`);
const DEGREE =
  /\b(hnd|hnc|btec|nvq|bachelor|master|b\.?\s?sc|m\.?\s?sc|b\.?s\.?|m\.?s\.?|b\.?a\.?|m\.?a\.?|mba|ph\.?d|doctor|associate|diploma|bsn|msn|b\.?eng|m\.?eng|certificate|abitur|ged|high school)\b/i;
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
  return text
    .split(/\s+(?:\||•|·|—|–|-|@|at)\s+|\s*\|\s*/)
    .flatMap((piece) => {
      // "Title, Employer" (one comma) is two parts; "City, ST" stays one.
      const commas = piece.split(/\s*,\s+/);
      return commas.length === 2 && !LOCATION.test(piece.trim()) ? commas : [piece];
    })
    .map((p) => p.trim())
    .filter(Boolean);
}

const isTitle = (p: string) => TITLE_WORDS.test(p) || TITLE_STEMS.test(p);

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
    if (range && start === null) {
      start = range.start;
      end = range.end;
      pieces.push(...parts(range.rest));
    } else pieces.push(...parts(line.text));
  }
  if (pieces.length === 0 && entry.bullets.length === 0) return null;
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
  for (const text of lines) {
    const range = findDateRange(text);
    if (range) {
      start = range.start;
      end = range.end;
      pieces.push(...parts(range.rest));
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
  const degreeText = pieces.find((p) => DEGREE.test(p)) ?? '';
  const school = pieces.find((p) => p !== degreeText && SCHOOL.test(p)) ?? pieces.find((p) => p !== degreeText && !LOCATION.test(p)) ?? '';
  if (!school && !degreeText) return null;
  // "Bachelor of Science in Accounting": the field follows the last "in" (or "of" when there is none).
  const field = (/\bin\s+([A-Z][^,|]+)$/.exec(degreeText) ?? /\bof\s+([A-Z][^,|]+)$/.exec(degreeText))?.[1]?.trim() ?? '';
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

function listItems(lines: Line[]): string[] {
  return lines
    .map((l) => l.text.replace(BULLET, ''))
    .flatMap((text) => splitList(text.replace(/^[A-Za-z &/]{2,30}:\s*/, '')))
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0 && s.length <= 60);
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
  const segments = lines.flatMap((l) => l.text.split(/\s*[|•·]\s*/)).map((s) => s.trim());
  profile.location = segments.find((s) => LOCATION.test(s) && !EMAIL.test(s)) ?? '';
  // The name: the largest text at the top that is not contact details.
  const candidates = lines.filter((l) => !EMAIL.test(l.text) && !PHONE.test(l.text) && !/\d/.test(l.text) && l.text.split(' ').length <= 5);
  const name = [...candidates].sort((a, b) => b.size - a.size)[0]?.text ?? '';
  const words = name.split(/\s+/).filter(Boolean);
  profile.name.first = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  profile.name.last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return name;
}

export function parseResume(pages: TextPage[]): ResumeDraft {
  const lines = readingOrder(pages).filter((l) => l.text);
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
  const warnings: string[] = [];
  const name = header(sections.get('header') ?? [], profile);
  if (!name) warnings.push('No name found at the top of the resume.');
  if (!profile.email) warnings.push('No email address found.');

  profile.summary = (sections.get('summary') ?? []).map((l) => l.text).join(' ');
  const experience = sections.get('experience') ?? [];
  profile.experience =
    experience.length > 0
      ? entries(experience)
          .map(experienceOf)
          .filter((e) => e !== null)
      : [];
  if (profile.experience.length === 0) warnings.push('No work experience section found.');
  const education = sections.get('education') ?? [];
  profile.education =
    education.length > 0
      ? entries(education)
          .map(educationOf)
          .filter((e) => e !== null)
      : [];

  const seen = new Set<string>();
  for (const raw of listItems(sections.get('skills') ?? [])) {
    // "Excel (pivot tables)" and "AWS (S3, EMR)" are Excel and AWS.
    const name = canonicalSkill(raw)?.name ?? canonicalSkill(raw.replace(/\s*\(.*\)\s*$/, ''))?.name ?? raw;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    profile.skills.push({ name, years: null, level: null });
  }
  if (profile.skills.length === 0) warnings.push('No skills section found.');

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
  profile.projects = entries(sections.get('projects') ?? []).map((e) => ({
    name: e.header.map((h) => h.text).join(' '),
    description: e.bullets.join(' '),
    url: '',
  }));
  return { profile, warnings };
}
