/** Seniority levels, from job and role titles. Higher is more senior. */

// Checked in order; the first that matches a title decides. One reason per row.
const LEVELS: Array<[RegExp, number, string]> = [
  [/\b(intern|internship|trainee|apprentice|werkstudent|praktikant)\b/i, 0, 'intern'], // pre-career roles
  [/\b(chief|vp|vice president|head of)\b/i, 6, 'executive'], // executives
  [/\b(director)\b/i, 5, 'director'], // directs managers
  // Senior individual contributors above senior. "Staff" is that rank only in engineering and
  // science ladders: a Staff Nurse, Accountant or Attorney is a regular member of staff.
  [
    /\b(principal|distinguished)\b|\bstaff\b(?=(?:[\s,/-]+[\w+#.]+){0,3}?[\s,/-]+(engineer|scientist|developer|architect|designer|researcher)s?\b)/i,
    4,
    'staff',
  ],
  [/\b(manager|lead|supervisor|charge nurse)\b/i, 4, 'lead'], // leads people or a team's work
  [/\b(senior|sr\.?|iii|snr)\b/i, 3, 'senior'], // senior individual contributors
  [/\b(junior|jr\.?|entry[- ]level|graduate|associate|assistant|i)\b/i, 1, 'junior'], // early career
];

export interface Seniority {
  level: number;
  label: string;
}

export function seniorityOfTitle(title: string): Seniority | null {
  const hit = LEVELS.find(([re]) => re.test(title));
  return hit ? { level: hit[1], label: hit[2] } : null;
}

/** Without a telling title, years of experience stand in for seniority. */
export function seniorityOfYears(years: number): Seniority {
  if (years < 2) return { level: 1, label: 'junior' };
  if (years < 5) return { level: 2, label: 'mid-level' };
  if (years < 9) return { level: 3, label: 'senior' };
  return { level: 4, label: 'staff' };
}

/** Words that say how senior a title is, not what the job is. */
export const SENIORITY_WORDS =
  /\b(intern|internship|trainee|junior|jr|senior|sr|staff|principal|lead|head|chief|vp|director|manager|associate|assistant|entry|level|graduate|i|ii|iii|iv)\b/gi;

/**
 * Words that say only how senior a title is. "Manager", "director", "assistant" and "associate"
 * say how senior too, but they also say which work: a Sales Manager is not a sales representative.
 */
export const LEVEL_WORDS = /\b(intern|internship|trainee|junior|jr|senior|sr|staff|principal|lead|entry|level|graduate|i|ii|iii|iv)\b/gi;
