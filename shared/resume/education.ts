import type { ProfileDraft } from '../schemas/profile.ts';
import { type FoundRange, findDateRange, findTrailingDate, findYear } from './dates.ts';
import type { Entry } from './entries.ts';
import { DEGREE, DEGREE_NAME, LOCATION, parts, SCHOOL } from './patterns.ts';

/** A school, degree, field and dates read from one entry of the education section. */

export function educationOf(entry: Entry): ProfileDraft['education'][number] | null {
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
