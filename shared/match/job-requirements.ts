import { countryNamedIn } from '../reference/country-mentions.ts';
import type { JobCapture } from '../schemas/job.ts';
import { type DegreeLevel, degreeLevelOf } from './degrees.ts';
import { type Seniority, seniorityOfTitle } from './seniority.ts';
import { skillsIn } from './skills.ts';

/** What a job asks for, read from its title, requirement lists and description. */
export interface JobRequirements {
  requiredSkills: string[];
  preferredSkills: string[];
  yearsOverall: number | null;
  yearsBySkill: Record<string, number>;
  degree: DegreeLevel | null;
  seniority: Seniority | null;
  conditions: Condition[];
}

/** A condition of the job a profile may fail outright; the scorer turns these into warnings. */
export type Condition =
  | { kind: 'no-sponsorship'; text: string }
  | { kind: 'clearance'; text: string }
  | { kind: 'license'; text: string; license: string }
  | { kind: 'language'; text: string; language: string }
  | { kind: 'authorization'; text: string; country: string };

const NO_SPONSORSHIP = [
  /\b(no|not|unable to|cannot|can't|can not|will not|won't|do not|does not)\s+(offer\s+|provide\s+|support\s+)?(visa\s+|employment\s+|immigration\s+)?sponsor/i, // "we do not sponsor visas"
  /\bwithout (the need for |requiring )?(current or future )?(visa |employment )?sponsorship\b/i, // "authorized to work without sponsorship"
  /\bsponsorship (is )?not (available|provided|offered)\b/i, // "Visa sponsorship is not available"
];
const CLEARANCE = /\b(top secret|ts\/sci|secret|security|government) clearance\b/i;
const LICENSE = /\b(?:active|valid|current|unrestricted|state)\s+(?:and\s+\w+\s+)?([A-Za-z][A-Za-z .'-]{1,40}?)\s+licen[cs]e\b/i;
const LANGUAGE =
  /\b(?:fluent|fluency|native|proficient|proficiency|business[- ]level)\b[^.]{0,20}?\b(English|German|French|Spanish|Dutch|Portuguese|Italian|Mandarin|Japanese|Polish|Swedish)\b|\b(English|German|French|Spanish|Dutch|Portuguese|Italian|Mandarin|Japanese|Polish|Swedish)\b[^.]{0,25}\b(fluent|fluency|required|a must|mandatory)\b/i;
// "authorized to work in France", "legally authorised to work in the U.S.": the country comes from the country table.
const AUTHORIZED = /\b(?:legally\s+)?authori[sz]ed to work in (?:the\s+)?([^.;:!?]{2,60})/i;
// An item that says it is optional is not a condition.
const OPTIONAL = /\b(plus|preferred|nice to have|bonus|ideally|desired)\b/i;

// "5+ years", "3-5 years", "at least 2 years", "two years"
const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b([^.;]{0,80})/gi;
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function lines(job: JobCapture): string[] {
  if (job.sections.length > 0) return job.sections.map((s) => s.text);
  return job.description.split(/\n+/);
}

export function jobRequirements(job: JobCapture): JobRequirements {
  const required = job.requirements.required;
  const preferred = job.requirements.preferred;
  const all = lines(job);
  // Without requirement sections, every skill the description names counts as asked for.
  const requiredSkills = skillsIn((required.length > 0 ? required : all).join('\n')).map((s) => s.name);
  const preferredSkills = skillsIn(preferred.join('\n'))
    .map((s) => s.name)
    .filter((name) => !requiredSkills.includes(name));
  // A skill in the title is required even when the lists forget it ("Python Developer").
  for (const skill of skillsIn(job.title)) if (!requiredSkills.includes(skill.name)) requiredSkills.unshift(skill.name);

  let yearsOverall: number | null = null;
  const yearsBySkill: Record<string, number> = {};
  const scope = required.length > 0 ? required : all;
  for (const line of scope) {
    for (const match of line.matchAll(YEARS)) {
      const raw = (match[1] ?? '').toLowerCase();
      const years = WORD_NUMBERS[raw] ?? Number(raw);
      if (!Number.isFinite(years) || years <= 0 || years > 30) continue;
      const skills = skillsIn(match[3] ?? '');
      if (skills.length > 0) for (const s of skills) yearsBySkill[s.name] = Math.max(yearsBySkill[s.name] ?? 0, years);
      else if (/experience|industry|professional|relevant|work/i.test(match[3] ?? '') || (match[3] ?? '').trim() === '')
        yearsOverall = Math.max(yearsOverall ?? 0, years);
    }
  }

  const degreeText = (required.length > 0 ? required : all).join('\n');
  const degree = degreeLevelOf(degreeText);

  const conditions: Condition[] = [];
  for (const line of all) {
    if (NO_SPONSORSHIP.some((re) => re.test(line))) conditions.push({ kind: 'no-sponsorship', text: line });
    if (CLEARANCE.test(line)) conditions.push({ kind: 'clearance', text: line });
    if (OPTIONAL.test(line)) continue;
    const license = LICENSE.exec(line);
    if (license?.[1]) conditions.push({ kind: 'license', text: line, license: license[1].trim() });
    const language = LANGUAGE.exec(line);
    const languageName = language?.[1] ?? language?.[2];
    if (languageName) conditions.push({ kind: 'language', text: line, language: languageName });
    const country = countryNamedIn(AUTHORIZED.exec(line)?.[1] ?? '');
    if (country) conditions.push({ kind: 'authorization', text: line, country });
  }

  return {
    requiredSkills,
    preferredSkills,
    yearsOverall,
    yearsBySkill,
    degree,
    seniority: seniorityOfTitle(job.title),
    conditions: dedupeConditions(conditions),
  };
}

function dedupeConditions(conditions: Condition[]): Condition[] {
  const seen = new Set<string>();
  return conditions.filter((c) => {
    const key = `${c.kind}:${'license' in c ? c.license : 'language' in c ? c.language : 'country' in c ? c.country : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
