import { useEffect, useMemo, useState } from 'preact/compat';
import { applyNext, type NextJob } from '../../shared/analytics/apply-next.ts';
import type { ResponseStats } from '../../shared/analytics/breakdown.ts';
import { displayName } from '../../shared/analytics/features.ts';
import { type Learning, learnFromOutcomes, MIN_DIFFERENCE, MIN_GROUP, MIN_OUTCOMES } from '../../shared/analytics/learning.ts';
import { percent } from '../../shared/analytics/stats.ts';
import { type AnalyticsRow, type AnalyticsSummary, analyticsSummary } from '../../shared/analytics/summary.ts';
import { likelyQuestions } from '../../shared/coach/interview-questions.ts';
import { type SkillGap, skillGaps } from '../../shared/coach/skill-gaps.ts';
import { jobRequirements } from '../../shared/match/job-requirements.ts';
import { type ProfileFacts, profileFacts } from '../../shared/match/profile-facts.ts';
import { createMatcher } from '../../shared/match/score.ts';
import type { InterviewFeedback } from '../../shared/messages.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { JobsmithDocument } from '../../shared/schemas/document.ts';
import type { Job, JobCapture } from '../../shared/schemas/job.ts';
import type { Profile } from '../../shared/schemas/profile.ts';
import { database } from '../db/database.ts';
import { listEvents, type StoredEvent } from '../db/events.ts';
import { loadProfile } from '../db/profile.ts';
import { ask } from './background.ts';
import { ColumnChart } from './charts/ColumnChart.tsx';
import { FunnelChart } from './charts/FunnelChart.tsx';
import { HBarChart } from './charts/HBarChart.tsx';

interface Records {
  applications: Application[];
  jobs: Job[];
  documents: JobsmithDocument[];
  events: StoredEvent[];
  profile: Profile | null;
}

interface Computed {
  summary: AnalyticsSummary;
  learning: Learning;
  next: NextJob[];
  gaps: SkillGap[];
  facts: ProfileFacts | null;
  savedJobs: number;
}

async function loadRecords(): Promise<Records> {
  const db = database();
  const [applications, jobs, documents, events, profile] = await Promise.all([
    db.applications.toArray(),
    db.jobs.toArray(),
    db.documents.toArray(),
    listEvents(db),
    loadProfile(db),
  ]);
  return { applications, jobs, documents, events, profile: profile ?? null };
}

/** Work per job is spread over slices of this many milliseconds, so 5,000 jobs never freeze the panel. */
const SLICE_MS = 8;

async function inSlices<T, R>(items: readonly T[], each: (item: T) => R): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    out.push(each(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return out;
}

async function compute(records: Records, now: number): Promise<Computed> {
  const facts = records.profile ? profileFacts(records.profile, new Date(now)) : null;
  const match = records.profile ? createMatcher(records.profile, new Date(now)) : null;
  const jobs = records.jobs.filter((j) => j.deletedAt === null);
  const scores = new Map(match ? await inSlices(jobs, (j) => [j.id, match(j).score] as const) : []);
  const summary = analyticsSummary({
    applications: records.applications,
    jobs,
    documents: records.documents,
    events: records.events,
    scores,
    profileLevel: facts?.seniority?.level ?? null,
    now,
  });
  const learning = learnFromOutcomes(summary.rows);
  const tracked = summary.rows.flatMap((r) => (r.job ? [r.job] : []));
  return {
    summary,
    learning,
    next: applyNext(summary.rows, learning),
    gaps: facts ? skillGaps(await inSlices(tracked, jobRequirements), facts) : [],
    facts,
    savedJobs: tracked.length,
  };
}

function days(value: number | null): string {
  if (value === null) return '–';
  if (value < 1) return 'under a day';
  const rounded = Math.round(value);
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

function usd(value: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: value > 0 && value < 0.1 ? 4 : 2,
  }).format(value);
}

/** The funnel, response rates, weekly pace, spend, what predicted responses and what to do next. */
export function AnalyticsTab() {
  const [computed, setComputed] = useState<Computed | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadRecords()
      .then((records) => compute(records, Date.now()))
      .then(
        (result) => {
          if (live) setComputed(result);
        },
        (e: unknown) => {
          if (live) setFailed(e instanceof Error ? e.message : String(e));
        },
      );
    return () => {
      live = false;
    };
  }, []);

  if (failed) return <p className="error">Could not read your data: {failed}</p>;
  if (!computed) return <p className="muted">Loading…</p>;
  if (computed.summary.rows.length === 0) {
    return (
      <div className="empty" data-testid="analytics-empty">
        <h2>Nothing to analyse yet</h2>
        <p>
          Save jobs from the Job tab. As you apply and move them along in the Tracker, your funnel, response rates and what works for you
          appear here.
        </p>
      </div>
    );
  }
  const { summary } = computed;
  return (
    <div className="analytics">
      <DataNotes summary={summary} />
      <section className="card" data-testid="analytics-funnel">
        <h2>Funnel</h2>
        <FunnelChart stages={summary.funnel} />
        <p className="muted small">Each percentage is the share of the stage above that got this far.</p>
      </section>
      <ResponseSection summary={summary} hasProfile={computed.facts !== null} />
      <WeeksSection summary={summary} />
      <SpendSection summary={summary} />
      <LearningSection learning={computed.learning} />
      <NextSection next={computed.next} />
      <GapsSection gaps={computed.gaps} facts={computed.facts} savedJobs={computed.savedJobs} />
      <PrepSection rows={summary.rows} facts={computed.facts} />
    </div>
  );
}

function DataNotes({ summary }: { summary: AnalyticsSummary }) {
  const { issues } = summary;
  const notes = [
    issues['no-job'] > 0 &&
      `${issues['no-job']} application${issues['no-job'] === 1 ? ' has' : 's have'} lost its job: counted, shown as source "unknown".`,
    issues['impossible-date'] > 0 &&
      `${issues['impossible-date']} application${issues['impossible-date'] === 1 ? ' has a date' : 's have dates'} in the future or before 2000: left out of timing and weeks.`,
    issues['response-before-application'] > 0 &&
      `${issues['response-before-application']} answer${issues['response-before-application'] === 1 ? ' is' : 's are'} dated before the application: counted as an answer, left out of timing.`,
  ].filter((n): n is string => typeof n === 'string');
  if (notes.length === 0) return null;
  return (
    <ul className="warnings" data-testid="analytics-data-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

const DIMENSIONS = [
  ['source', 'By source'],
  ['ats', 'By application system'],
  ['band', 'By match score'],
  ['resume', 'By resume version'],
] as const;

function responseBars(stats: ResponseStats[]) {
  return stats.map((s) => ({
    label: displayName(s.key),
    fraction: s.rate ?? 0,
    value: `${s.responded}/${s.applied} · ${percent(s.rate)}`,
    note: s.medianDays === null ? 'no dated answer yet' : `median ${days(s.medianDays)} to first answer`,
  }));
}

function ResponseSection({ summary, hasProfile }: { summary: AnalyticsSummary; hasProfile: boolean }) {
  const overall = summary.response;
  return (
    <section className="card" data-testid="analytics-response">
      <h2>Response rate</h2>
      {overall.applied === 0 ? (
        <p className="muted" data-testid="response-empty">
          No applications sent yet. Mark a job as applied in the Tracker (autofill does it when you submit a form) and the answers you get
          show here.
        </p>
      ) : (
        <>
          <p data-testid="response-overall">
            <strong>{percent(overall.rate)}</strong> of your {overall.applied} applications got an answer ({overall.responded}
            {overall.timed > 0 ? `, the first a median ${days(overall.medianDays)} after applying` : ''}). An interview, offer or rejection
            counts as an answer; silence (ghosted) does not.
          </p>
          {DIMENSIONS.map(([key, heading]) => (
            <div key={key}>
              <h3>{heading}</h3>
              {key === 'band' && !hasProfile ? <p className="muted small">Import your resume in Profile to score jobs.</p> : null}
              <HBarChart testId={`response-${key}`} title={`Response rate ${heading.toLowerCase()}`} bars={responseBars(summary.by[key])} />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** "2026", or "2025–2026" when the weeks shown cross a new year. */
function yearSpan(years: string[]): string {
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? first;
  return first === last ? first : `${first}–${last}`;
}

function WeeksSection({ summary }: { summary: AnalyticsSummary }) {
  const { weeks, earlier } = summary.perWeek;
  const total = weeks.reduce((n, w) => n + w.count, 0);
  return (
    <section className="card" data-testid="analytics-weeks">
      <h2>Applications per week</h2>
      {total === 0 ? (
        <p className="muted">No applications sent in the last {weeks.length} weeks. Your weekly pace appears once you apply.</p>
      ) : (
        <ColumnChart
          testId="weeks-chart"
          title={`Applications per week, last ${weeks.length} weeks: ${weeks.map((w) => `${w.label} ${w.count}`).join(', ')}`}
          axisLabel={`ISO week (${yearSpan(weeks.map((w) => w.label.slice(0, 4)))}), applications sent`}
          columns={weeks.map((w) => ({ label: w.label.slice(5), value: w.count }))}
        />
      )}
      {earlier > 0 ? <p className="muted small">{earlier} earlier applications are not shown.</p> : null}
    </section>
  );
}

function SpendSection({ summary }: { summary: AnalyticsSummary }) {
  const { events } = summary;
  const applied = summary.response.applied;
  return (
    <section className="card" data-testid="analytics-spend">
      <h2>AI spend per application</h2>
      {events.generations === 0 ? (
        <p className="muted">No AI generations recorded yet. Tailoring on this device costs nothing.</p>
      ) : (
        <p data-testid="spend-per-application">
          <strong>{summary.costPerApplication === null ? '–' : usd(summary.costPerApplication)}</strong> per application:{' '}
          {usd(events.costUsd)} over {applied} application{applied === 1 ? '' : 's'}, {events.generations} generation
          {events.generations === 1 ? '' : 's'}, {(events.inputTokens + events.outputTokens).toLocaleString('en-US')} tokens.
          {events.unpriced > 0 ? ` ${events.unpriced} generation${events.unpriced === 1 ? ' has' : 's have'} no cost recorded.` : ''}
        </p>
      )}
    </section>
  );
}

function LearningSection({ learning }: { learning: Learning }) {
  if (!learning.enough) {
    // With few outcomes there is nothing to show per trait: one line for what appears, and when.
    return (
      <section className="card" data-testid="analytics-learning">
        <h2>What predicted your responses</h2>
        <p className="muted" data-testid="learning-not-enough">
          Too little data yet: {learning.outcomes} of the {MIN_OUTCOMES} outcomes needed. Then this shows which traits of a job (match
          score, where you found it, the resume you sent, …) went with an answer, and “What to apply to next” uses them; until then it
          follows the match score. Move applications to interviewing, rejected or ghosted in the Tracker as you hear back.
        </p>
      </section>
    );
  }
  return (
    <section className="card" data-testid="analytics-learning">
      <h2>What predicted your responses</h2>
      <p className="muted small">
        Jobsmith compares your own outcomes: an interview or offer counts as positive, a rejection or no answer as negative. Overall{' '}
        {`${learning.positives} of ${learning.outcomes} were positive (${percent(learning.baseline)})`}. A trait counts as predictive when
        at least {MIN_GROUP} outcomes have it, {MIN_GROUP} do not, and its rate differs from yours by {Math.round(MIN_DIFFERENCE * 100)}{' '}
        points or more. Predictive traits move jobs up or down in “What to apply to next”.
      </p>
      <ul className="factors">
        {learning.factors.map((f) => (
          <li key={f.key} data-testid="learning-factor" data-verdict={f.verdict}>
            <div className="factor-head">
              <strong>{f.label}</strong>
              <span className={`tag ${f.verdict === 'predictive' ? 'ok' : ''}`}>{f.verdict}</span>
            </div>
            <p className="small">{f.sentence}</p>
            {f.verdict === 'predictive' && !f.forSaved ? (
              <p className="muted small">
                Saved jobs have no resume sent yet, so this does not reorder them: it tells you whether tailoring pays off.
              </p>
            ) : null}
            <p className="muted small">
              {f.levels.length > 0
                ? f.levels.map((l) => `${displayName(l.level)}: ${l.positives}/${l.total} (${percent(l.rate)})`).join(' · ')
                : 'No outcomes where this is known yet.'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NextSection({ next }: { next: NextJob[] }) {
  return (
    <section className="card" data-testid="analytics-next">
      <h2>What to apply to next</h2>
      {next.length === 0 ? (
        <p className="muted">No saved jobs waiting. Save jobs from the Job tab and they are ordered here.</p>
      ) : (
        <>
          <p className="muted small">
            All {next.length} saved jobs you have not applied to, best first; nothing is hidden. The number is the match score moved by what
            predicted your responses.
          </p>
          <ol className="next-list" data-testid="next-list">
            {next.map((n) => (
              <li key={n.applicationId} data-testid="next-job">
                <span className="next-score" title="Priority: match score moved by what predicted your responses">
                  {n.priority}
                </span>
                <span className="next-job">
                  <strong data-testid="next-title">{n.job.title}</strong>
                  <span className="muted">{n.job.company}</span>
                  {n.reasons.map((r) => (
                    <span key={r} className="small">
                      {r}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const SHOWN_GAPS = 8;

function GapsSection({ gaps, facts, savedJobs }: { gaps: SkillGap[]; facts: ProfileFacts | null; savedJobs: number }) {
  return (
    <section className="card" data-testid="analytics-gaps">
      <h2>Skill gaps</h2>
      {!facts ? (
        <p className="muted">Import your resume in Profile to see which skills your saved jobs ask for that it does not show.</p>
      ) : gaps.length === 0 ? (
        <p className="muted">Your profile shows every skill your {savedJobs} saved jobs name.</p>
      ) : (
        <>
          <ul className="gaps" data-testid="skill-gaps">
            {gaps.slice(0, SHOWN_GAPS).map((g) => (
              <li key={g.skill} data-testid="skill-gap">
                {g.sentence}
                {g.required > 0 ? <span className="muted"> Required in {g.required}.</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted small">
            Across all {savedJobs} jobs in your tracker. If you have a skill, add it to your profile; if not, it may be worth learning.
          </p>
        </>
      )}
    </section>
  );
}

const PREP_ORDER: Application['status'][] = ['interviewing', 'offer', 'applied', 'saved', 'accepted', 'rejected', 'ghosted', 'withdrawn'];

function PrepSection({ rows, facts }: { rows: AnalyticsRow[]; facts: ProfileFacts | null }) {
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
