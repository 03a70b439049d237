import { normalizeQuestion, scopeFor } from '../../shared/autofill/answers.ts';
import { newId } from '../../shared/ids.ts';
import type { Answer } from '../../shared/schemas/answer.ts';
import type { JobsmithDb } from './database.ts';
import { recordChange } from './record-change.ts';

/**
 * Remembers the user's answer to a question, replacing an earlier answer to the same question
 * in the same scope. `company` is the form's company: it decides the scope (see scopeFor).
 */
export async function rememberAnswer(db: JobsmithDb, questionText: string, answer: string, now: number, company?: string): Promise<Answer> {
  const question = normalizeQuestion(questionText);
  const scope = scopeFor(questionText, answer, company);
  const sameScope = (a: Answer) =>
    a.scope.kind === scope.kind && (a.scope.kind === 'global' || (scope.kind === 'company' && a.scope.company === scope.company));
  return db.transaction('rw', db.answers, db.outbox, async () => {
    const existing = (await db.answers.where('question').equals(question).toArray()).find((a) => a.deletedAt === null && sameScope(a));
    const record: Answer = existing
      ? { ...existing, answer, questionText, updatedAt: now }
      : {
          id: newId(now),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          clocks: {},
          question,
          questionText,
          answer,
          scope,
          learnedFrom: company?.trim() ?? '',
        };
    return recordChange(db, 'answer', existing, record, now);
  });
}

/** Edits a remembered answer: its text, or where it applies. */
export async function updateAnswer(
  db: JobsmithDb,
  id: string,
  change: Partial<Pick<Answer, 'answer' | 'scope'>>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.answers, db.outbox, async () => {
    const answer = await db.answers.get(id);
    if (answer && answer.deletedAt === null) await recordChange(db, 'answer', answer, { ...answer, ...change, updatedAt: now }, now);
  });
}

export async function listAnswers(db: JobsmithDb): Promise<Answer[]> {
  return (await db.answers.toArray()).filter((a) => a.deletedAt === null).sort((a, b) => a.questionText.localeCompare(b.questionText));
}

/** Forgets an answer: a tombstone, so the deletion can sync like any edit. */
export async function forgetAnswer(db: JobsmithDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.answers, db.outbox, async () => {
    const answer = await db.answers.get(id);
    if (answer && answer.deletedAt === null) await recordChange(db, 'answer', answer, { ...answer, deletedAt: now, updatedAt: now }, now);
  });
}
