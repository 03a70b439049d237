import { useMemo, useState } from 'preact/compat';
import type { AnalyticsRow } from '../../../shared/analytics/summary.ts';
import type { InterviewFeedback } from '../../../shared/api/coach.ts';
import { likelyQuestions } from '../../../shared/coach/interview-questions.ts';
import type { ProfileFacts } from '../../../shared/match/profile-facts.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import type { Job, JobCapture } from '../../../shared/schemas/job.ts';
import { ask } from '../background.ts';

// Interview practice (a coach feature): likely questions per application and feedback on the user's answers.

const PREP_ORDER: Application['status'][] = ['interviewing', 'offer', 'applied', 'saved', 'accepted', 'rejected', 'ghosted', 'withdrawn'];

export function PrepSection({ rows, facts }: { rows: AnalyticsRow[]; facts: ProfileFacts | null }) {
  const choices = useMemo(
    () =>
      rows
        .filter((r): r is AnalyticsRow & { job: Job } => r.job !== undefined)
        .sort((a, b) => PREP_ORDER.indexOf(a.application.status) - PREP_ORDER.indexOf(b.application.status)),
    [rows],
  );
  const [chosen, setChosen] = useState(choices[0]?.application.id ?? '');
  const [practising, setPractising] = useState<number | null>(null);
  const [answer, setAnswer] = useState('');
  const row = choices.find((c) => c.application.id === chosen);
  const questions = useMemo(() => (row ? likelyQuestions(row.job, facts) : []), [row, facts]);
  return (
    <section className="card prep" data-testid="analytics-prep">
      <h2>Interview prep</h2>
      {choices.length === 0 ? (
        <p className="muted">Save a job to prepare for its interview.</p>
      ) : (
        <>
          <label className="stack-label">
            Application
            <select
              data-testid="prep-application"
              value={chosen}
              onChange={(e) => {
                setChosen(e.currentTarget.value);
                setPractising(null);
                setAnswer('');
              }}
            >
              {choices.map((c) => (
                <option key={c.application.id} value={c.application.id}>
                  {c.job.title}
                  {c.job.company ? ` — ${c.job.company}` : ''} ({c.application.status})
                </option>
              ))}
            </select>
          </label>
          <p className="muted small">Likely questions, from the posting’s requirements and description.</p>
          <ol className="questions">
            {questions.map((q, i) => (
              <li key={q.question} data-testid="prep-question" data-kind={q.kind}>
                <span>{q.question}</span>
                <span className="muted small">{q.why}</span>
                {practising === i ? (
                  <>
                    <textarea
                      data-testid="prep-answer"
                      rows={5}
                      placeholder="Type your answer as you would say it (STAR: situation, task, action, result)."
                      value={answer}
                      onChange={(e) => setAnswer(e.currentTarget.value)}
                    />
                    <AnswerFeedback question={q.question} answer={answer} job={row?.job} />
                  </>
                ) : (
                  <button
                    type="button"
                    className="link small"
                    onClick={() => {
                      setPractising(i);
                      setAnswer('');
                    }}
                  >
                    Practise this answer
                  </button>
                )}
              </li>
            ))}
          </ol>
          <p className="note small" data-testid="prep-feedback">
            “Get feedback” asks Jobsmith’s AI and needs signing in (Settings); offline you get the questions only. What you type here is not
            saved.
          </p>
        </>
      )}
    </section>
  );
}

/** Feedback on a practised answer from the worker's models; signed out, it says what to do. */
function AnswerFeedback({ question, answer, job }: { question: string; answer: string; job: JobCapture | undefined }) {
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; feedback: InterviewFeedback } | { kind: 'error'; message: string }
  >({
    kind: 'idle',
  });
  if (!job) return null;
  const ask_ = async () => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', feedback: await ask({ type: 'coach/feedback', question, answer, job }) });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="feedback" data-testid="prep-feedback-result">
      <button type="button" className="secondary small" disabled={!answer.trim() || state.kind === 'busy'} onClick={() => void ask_()}>
        {state.kind === 'busy' ? 'Reading your answer…' : 'Get feedback'}
      </button>
      {state.kind === 'error' ? <p className="error">{state.message}</p> : null}
      {state.kind === 'done' ? (
        <>
          <p>{state.feedback.summary}</p>
          {state.feedback.strengths.length ? (
            <ul>
              {state.feedback.strengths.map((s) => (
                <li key={s}>✓ {s}</li>
              ))}
            </ul>
          ) : null}
          {state.feedback.improvements.length ? (
            <ul>
              {state.feedback.improvements.map((s) => (
                <li key={s}>→ {s}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
