/** Remembered answers are keyed by the question's normalized text, so small wording changes still match. */
export function normalizeQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\*|\(required\)|\(optional\)/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type AnswerScopeValue = { kind: 'global' } | { kind: 'company'; company: string };

/**
 * Where a newly learned answer applies: to this company only when the question or the answer
 * names it ("Why do you want to join Acme?"), else to every form. The user can change it.
 */
export function scopeFor(questionText: string, answer: string, company: string | undefined): AnswerScopeValue {
  const name = company?.trim();
  if (!name) return { kind: 'global' };
  const mentioned = normalizeQuestion(`${questionText} ${answer}`).includes(normalizeQuestion(name));
  return mentioned ? { kind: 'company', company: name } : { kind: 'global' };
}
