import { perYear } from '../job/parse-salary.ts';
import type { JobCapture } from '../schemas/job.ts';
import type { ProfileDraft } from '../schemas/profile.ts';
import { DEGREE_NAMES } from './degrees.ts';
import type { JobRequirements } from './job-requirements.ts';
import type { ProfileFacts } from './profile-facts.ts';
import { type Part, part } from './score-parts.ts';

/** The parts that say whether a job suits the user: experience (years and degree), location and salary. */

export function experiencePart(req: JobRequirements, facts: ProfileFacts): Part {
  const ratios: number[] = [];
  const notes: string[] = [];
  const asksYears = req.yearsOverall !== null || Object.keys(req.yearsBySkill).length > 0;
  // Roles without dates are not zero years: the years the job asks are then left uncompared.
  if (asksYears && !facts.yearsKnown) notes.push('years not compared: add your roles’ dates');
  if (req.yearsOverall !== null && facts.yearsKnown) {
    ratios.push(facts.yearsTotal / req.yearsOverall);
    notes.push(`${facts.yearsTotal} of ${req.yearsOverall}+ years overall`);
  }
  for (const [skill, years] of facts.yearsKnown ? Object.entries(req.yearsBySkill) : []) {
    const have = facts.yearsBySkill[skill] ?? 0;
    ratios.push(have / years);
    notes.push(`${Math.round(have * 10) / 10} of ${years}+ years of ${skill}`);
  }
  if (req.degree !== null) {
    const ok = facts.degree !== null && facts.degree >= req.degree;
    ratios.push(ok ? 1 : facts.degree === null ? 0.5 : 0.3);
    notes.push(`${DEGREE_NAMES[req.degree]} ${ok ? 'met' : facts.degree === null ? '(no degree in your profile)' : 'not met'}`);
  }
  if (ratios.length === 0) {
    return part(
      'experience',
      facts.yearsTotal > 0 ? 0.75 : 0.5,
      asksYears ? 'The job asks for years of experience; add your roles’ dates to compare them.' : 'The job states no years or degree.',
    );
  }
  const average = ratios.reduce((a, b) => a + Math.min(1, b), 0) / ratios.length;
  return part('experience', average, `${notes.join('; ')}.`);
}

export function locationPart(job: JobCapture, profile: ProfileDraft): Part {
  const located = (ratio: number, detail: string) => part('location', ratio, detail);
  if (job.workplace === 'remote') return located(1, 'Remote job.');
  if (job.locations.length === 0) return located(0.66, 'The job states no location.');
  const home = profile.location.split(',')[0]?.trim().toLowerCase() ?? '';
  if (!home) return located(0.5, 'Add your location to your profile to score this.');
  if (job.locations.some((l) => l.toLowerCase().includes(home))) return located(1, `In ${profile.location}.`);
  if (profile.willingToRelocate) return located(0.6, `In ${job.locations[0]}; you are open to relocating.`);
  return located(0.2, `In ${job.locations[0]}, not ${profile.location}.`);
}

export function salaryPart(job: JobCapture, facts: ProfileFacts): Part {
  const paid = (ratio: number, detail: string) => part('salary', ratio, detail);
  const wanted = facts.salaryWanted;
  if (!job.salary) return paid(0.6, 'The job states no salary.');
  if (!wanted) return paid(0.6, 'Add a salary expectation to your profile to score this.');
  if (job.salary.currency && wanted.currency && job.salary.currency !== wanted.currency)
    return paid(0.6, `Paid in ${job.salary.currency}, your expectation is in ${wanted.currency}.`);
  const offered = perYear(job.salary, job.salary.max ?? job.salary.min);
  const asked = perYear(wanted, wanted.min ?? wanted.max);
  if (offered === null || asked === null || asked === 0) return paid(0.6, 'Salary not comparable.');
  if (offered >= asked) return paid(1, 'Pays at least your expectation.');
  const ratio = offered / asked;
  return paid(ratio * ratio, `Pays up to ${Math.round(ratio * 100)}% of your expectation.`);
}
