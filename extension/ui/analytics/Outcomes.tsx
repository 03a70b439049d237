import type { ResponseStats } from '../../../shared/analytics/breakdown.ts';
import { displayName } from '../../../shared/analytics/features.ts';
import { percent } from '../../../shared/analytics/stats.ts';
import type { AnalyticsSummary } from '../../../shared/analytics/summary.ts';
import { ColumnChart } from '../charts/ColumnChart.tsx';
import { HBarChart } from '../charts/HBarChart.tsx';

// Analytics: what happened — data notes, response rates, weekly pace and spend.

export function DataNotes({ summary }: { summary: AnalyticsSummary }) {
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

export function ResponseSection({ summary, hasProfile }: { summary: AnalyticsSummary; hasProfile: boolean }) {
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

export function WeeksSection({ summary }: { summary: AnalyticsSummary }) {
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

export function SpendSection({ summary }: { summary: AnalyticsSummary }) {
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
