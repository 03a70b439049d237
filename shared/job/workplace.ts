import type { JobCapture } from '../schemas/job.ts';

type Workplace = NonNullable<JobCapture['workplace']>;

// Checked in order: "hybrid" before "remote", since "hybrid (2 days remote)" is hybrid.
const RULES: Array<[RegExp, Workplace]> = [
  [/\bhybrid\b|\bhybride?s?\b/i, 'hybrid'], // "Hybrid", German "hybrides Arbeiten"
  [/\bremote\b|\bwork from home\b|\bwfh\b|\btelecommute\b|\bhome.?office\b|\bfully distributed\b/i, 'remote'], // remote in any wording
  [/\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b|\bvor ort\b/i, 'onsite'], // explicit office presence
];

/** The workplace a short label states ("Remote", "Hybrid", "On-site"); null when it states none. */
export function detectWorkplace(...labels: Array<string | null | undefined>): Workplace | null {
  for (const label of labels) {
    if (!label) continue;
    const hit = RULES.find(([re]) => re.test(label));
    if (hit) return hit[1];
  }
  return null;
}

// Employment types as boards label them, normalized for display and filtering.
const EMPLOYMENT: Array<[RegExp, string]> = [
  [/full[\s_-]?time|vollzeit/i, 'Full-time'],
  [/part[\s_-]?time|teilzeit/i, 'Part-time'],
  [/contract(or)?|freelance|temporary|temp\b|befristet/i, 'Contract'],
  [/intern(ship)?|praktikum|werkstudent/i, 'Internship'],
  [/per[\s_-]?diem/i, 'Per diem'],
];

export function normalizeEmploymentType(text: string | null | undefined): string | null {
  if (!text) return null;
  const found = EMPLOYMENT.filter(([re]) => re.test(text)).map(([, label]) => label);
  return found.length > 0 ? [...new Set(found)].join(', ') : null;
}
