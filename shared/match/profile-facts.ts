import { parseSalary, type Salary } from '../job/parse-salary.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { type DegreeLevel, degreeLevelOf } from './degrees.ts';
import { occupationsOfTitle } from './occupations.ts';
import { type Seniority, seniorityOfTitle, seniorityOfYears } from './seniority.ts';
import { canonicalSkill, skillsIn } from './skills.ts';

/** What the scorer needs to know about the user, derived from their profile. */
export interface ProfileFacts {
  skills: Set<string>;
  yearsTotal: number;
  /** Whether any role has dates: without them `yearsTotal` is 0 for want of dates, not of years. */
  yearsKnown: boolean;
  yearsBySkill: Record<string, number>;
  titles: string[];
  /** Each title's O*NET occupations, in the order of `titles`. */
  titleOccupations: number[][];
  seniority: Seniority | null;
  degree: DegreeLevel | null;
  /** Everything the profile says, as the text an ATS would read from the resume. */
  text: string;
  /** The salary the user expects, when their profile says. */
  salaryWanted: Salary | null;
}

function monthIndex(value: string | null, now: Date): number {
  if (!value) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const [year, month] = value.split('-').map(Number);
  return (year ?? 0) * 12 + ((month ?? 1) - 1);
}

/** Months covered by at least one role: overlapping jobs are not counted twice. */
function coveredMonths(ranges: Array<[number, number]>): number {
  const sorted = ranges.filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of sorted) {
    const from = Math.max(start, end);
    if (stop + 1 > from) total += stop + 1 - from;
    end = Math.max(end, stop + 1);
  }
  return total;
}

export function profileFacts(profile: ProfileDraft, now: Date): ProfileFacts {
  const roles = profile.experience.filter((e) => e.start);
  const ranges = roles.map((e) => [monthIndex(e.start, now), monthIndex(e.end, now)] as [number, number]);
  const yearsTotal = Math.round((coveredMonths(ranges) / 12) * 10) / 10;

  const skills = new Set<string>();
  const yearsBySkill: Record<string, number> = {};
  for (const skill of profile.skills) {
    const name = canonicalSkill(skill.name)?.name ?? skill.name;
    skills.add(name);
    if (skill.years !== null) yearsBySkill[name] = skill.years;
  }
  // Skills shown in work count too, with the years of the roles that show them.
  roles.forEach((role, i) => {
    const range = ranges[i] as [number, number];
    const years = (range[1] - range[0] + 1) / 12;
    for (const s of skillsIn([role.title, ...role.bullets].join('\n'))) {
      skills.add(s.name);
      if (profile.skills.every((k) => (canonicalSkill(k.name)?.name ?? k.name) !== s.name || k.years === null)) {
        yearsBySkill[s.name] = Math.round(((yearsBySkill[s.name] ?? 0) + years) * 10) / 10;
      }
    }
  });
  const extras = [
    ...profile.certifications.map((c) => c.name),
    ...profile.projects.map((p) => `${p.name} ${p.description}`),
    ...profile.education.map((e) => `${e.degree} ${e.field}`),
    ...profile.languages.map((l) => l.name),
  ].join('\n');
  for (const s of skillsIn(extras)) skills.add(s.name);

  const titles = [...profile.experience].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '')).map((e) => e.title);
  const degrees = profile.education.map((e) => degreeLevelOf(`${e.degree} ${e.field}`)).filter((d): d is DegreeLevel => d !== null);
  const text = [
    profile.summary,
    ...profile.skills.map((s) => s.name),
    ...profile.experience.flatMap((e) => [e.title, e.employer, ...e.bullets]),
    ...profile.education.map((e) => `${e.degree} ${e.field} ${e.school}`),
    extras,
  ].join('\n');
  const titleOccupations = titles.map(occupationsOfTitle);
  return {
    skills,
    yearsTotal,
    yearsKnown: roles.length > 0,
    yearsBySkill,
    titles,
    titleOccupations,
    seniority: (titles[0] ? seniorityOfTitle(titles[0]) : null) ?? (roles.length > 0 ? seniorityOfYears(yearsTotal) : null),
    degree: degrees.length > 0 ? (Math.max(...degrees) as DegreeLevel) : null,
    text,
    salaryWanted: profile.salaryExpectation ? parseSalary(profile.salaryExpectation) : null,
  };
}
