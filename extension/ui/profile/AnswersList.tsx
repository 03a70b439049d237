import { useCallback, useEffect, useState } from 'preact/compat';
import type { Answer } from '../../../shared/schemas/answer.ts';
import { forgetAnswer, listAnswers, updateAnswer } from '../../db/answers.ts';
import { database } from '../../db/database.ts';

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
        Your answers to questions your profile does not cover, saved when you sent a form. Autofill uses them next time: an answer for one
        company wins over one for every company.
      </p>
      <ul className="answers">
        {answers.map((a) => {
          const company = a.scope.kind === 'company' ? a.scope.company : a.learnedFrom;
          return (
            <li key={a.id} data-testid="answer-row">
              <span className="question">{a.questionText}</span>
              <input
                aria-label={`Answer to ${a.questionText}`}
                defaultValue={a.answer}
                onBlur={(e) => {
                  const answer = e.currentTarget.value.trim();
                  if (answer && answer !== a.answer) void updateAnswer(database(), a.id, { answer }, Date.now()).then(reload);
                }}
              />
              <select
                aria-label={`Where "${a.questionText}" applies`}
                data-testid="answer-scope"
                value={a.scope.kind === 'company' ? 'company' : 'global'}
                disabled={!company}
                title={company ? undefined : 'Learned outside a known job: applies to every form'}
                onChange={(e) => {
                  const scope =
                    e.currentTarget.value === 'company' && company ? { kind: 'company' as const, company } : { kind: 'global' as const };
                  void updateAnswer(database(), a.id, { scope }, Date.now()).then(reload);
                }}
              >
                <option value="global">Every company</option>
                {company ? <option value="company">Only {company}</option> : null}
              </select>
              <button
                type="button"
                className="secondary small"
                onClick={() => void forgetAnswer(database(), a.id, Date.now()).then(reload)}
              >
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
