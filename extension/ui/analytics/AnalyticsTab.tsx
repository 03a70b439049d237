import { useEffect, useState } from 'preact/compat';
import { FunnelChart } from '../charts/FunnelChart.tsx';
import { GapsSection, LearningSection, NextSection } from './Advice.tsx';
import { type Computed, compute, loadRecords } from './data.ts';
import { PrepSection } from './InterviewPrep.tsx';
import { DataNotes, ResponseSection, SpendSection, WeeksSection } from './Outcomes.tsx';

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
