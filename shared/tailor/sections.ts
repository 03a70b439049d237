import { ResumeSection, type TailoredResume } from './schema.ts';

/**
 * The order of a resume's sections: the one the user chose (TailoredResume.sections) or the
 * default, which puts what a recruiter reads first (summary and skills) above the history.
 */

export const DEFAULT_SECTIONS: readonly ResumeSection[] = ResumeSection.options;

export const SECTION_LABELS: Record<ResumeSection, string> = {
  summary: 'Summary',
  skills: 'Skills',
  experience: 'Experience',
  education: 'Education',
  certifications: 'Certifications',
  languages: 'Languages',
};

/** Every section once: the chosen order first, then any it leaves out, in the default order. */
export function sectionOrder(resume: Pick<TailoredResume, 'sections'>): ResumeSection[] {
  return [...new Set([...(resume.sections ?? []), ...DEFAULT_SECTIONS])];
}

/** Whether the section has anything to print (an empty one prints no heading). */
export function hasSection(resume: TailoredResume, section: ResumeSection): boolean {
  return section === 'summary' ? resume.summary.trim() !== '' : resume[section].length > 0;
}

/** The sections that print, in order: what the user reorders. */
export function presentSections(resume: TailoredResume): ResumeSection[] {
  return sectionOrder(resume).filter((s) => hasSection(resume, s));
}

/**
 * The order after moving a section one place among the sections that print (moving past an
 * empty one would change nothing the user sees); empty sections keep their places after them.
 */
export function moveSection(resume: TailoredResume, section: ResumeSection, by: -1 | 1): ResumeSection[] {
  const present = presentSections(resume);
  const at = present.indexOf(section);
  const to = at + by;
  if (at < 0 || to < 0 || to >= present.length) return sectionOrder(resume);
  [present[at], present[to]] = [present[to] as ResumeSection, section];
  return [...new Set([...present, ...sectionOrder(resume)])];
}
