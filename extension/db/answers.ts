import { normalizeQuestion } from '../../shared/autofill/answers.ts';
import { newId } from '../../shared/ids.ts';
import type { Answer } from '../../shared/schemas/answer.ts';
import type { JobsmithDb } from './database.ts';

/** Remembers the user's answer to a question, replacing an earlier answer to the same question. */
export async function rememberAnswer(db: JobsmithDb, questionText: string, answer: string, now: number): Promise<Answer> {
  const question = normalizeQuestion(questionText);
  return db.transaction('rw', db.answers, async () => {
    const existing = (await db.answers.where('question').equals(question).toArray()).find(
      (a) => a.deletedAt === null && a.scope.kind === 'global',
    );
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
          scope: { kind: 'global' },
        };
    await db.answers.put(record);
    return record;
  });
}

export async function listAnswers(db: JobsmithDb): Promise<Answer[]> {
  return (await db.answers.toArray()).filter((a) => a.deletedAt === null).sort((a, b) => a.questionText.localeCompare(b.questionText));
}

/** Forgets an answer: a tombstone, so the deletion can sync like any edit. */
export async function forgetAnswer(db: JobsmithDb, id: string, now: number): Promise<void> {
  const answer = await db.answers.get(id);
  if (answer) await db.answers.put({ ...answer, deletedAt: now, updatedAt: now });
}
