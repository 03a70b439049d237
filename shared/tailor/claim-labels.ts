import type { Provider, RefusedDraft, UnsupportedClaim } from './schema.ts';

/** What the user reads for each kind of refused claim and for each writer. */
export const CLAIM_LABELS: Record<UnsupportedClaim['kind'], string> = {
  employer: 'Employer',
  title: 'Job title',
  date: 'Date',
  degree: 'Degree',
  number: 'Number',
  skill: 'Skill',
  certification: 'Certification',
  clearance: 'Security clearance',
  authorization: 'Work authorization',
  achievement: "Another role's achievement",
};

export const WRITER_LABELS: Record<Provider, string> = {
  anthropic: 'Claude',
  openai: 'OpenAI',
  offline: "Jobsmith's offline writer",
};

const DOCUMENT_NAMES: Record<RefusedDraft['document'], string> = { resume: 'resume', 'cover-letter': 'cover letter', answer: 'answer' };

/** "Claude (claude-…)'s cover letter", for the refused-draft list. */
export function refusedHeading(draft: RefusedDraft): string {
  return `${WRITER_LABELS[draft.provider]}${draft.model ? ` (${draft.model})` : ''} wrote a ${DOCUMENT_NAMES[draft.document]} that claimed:`;
}
