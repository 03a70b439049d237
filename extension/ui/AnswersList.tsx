import { useCallback, useEffect, useState } from 'react';
import type { Answer } from '../../shared/schemas/answer.ts';
import { forgetAnswer, listAnswers, rememberAnswer } from '../db/answers.ts';
import { database } from '../db/database.ts';

/** Answers Jobsmith remembered from forms the user completed; autofill offers them next time. */
export function AnswersList() {
  const [answers, setAnswers] = useState<Answer[] | null>(null);
  const reload = useCallback(() => listAnswers(database()).then(setAnswers, () => setAnswers([])), []);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!answers || answers.length === 0) return null;
  return (
    <section className="card" data-testid="answers-list">
      <h2>Remembered answers</h2>
      <p className="muted">
        Your answers to questions your profile does not cover, saved when you sent a form. Autofill uses them next time.
      </p>
      <ul className="answers">
        {answers.map((a) => (
          <li key={a.id} data-testid="answer-row">
            <span className="question">{a.questionText}</span>
            <input
              aria-label={`Answer to ${a.questionText}`}
              defaultValue={a.answer}
              onBlur={(e) => {
                if (e.target.value.trim() && e.target.value !== a.answer)
                  void rememberAnswer(database(), a.questionText, e.target.value.trim(), Date.now()).then(reload);
              }}
            />
            <button type="button" className="secondary small" onClick={() => void forgetAnswer(database(), a.id, Date.now()).then(reload)}>
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
