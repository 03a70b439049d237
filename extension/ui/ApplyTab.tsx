import { useState } from 'preact/compat';
import { ask } from './background.ts';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { type AutofillState, activeTab, autofillState, followedTabId, profile, tabJob } from './state.ts';

function Section({
  title,
  testId,
  items,
  tone,
}: {
  title: string;
  testId: string;
  items: Array<{ label: string; value?: string; why: string }>;
  tone: string;
}) {
  if (items.length === 0) return null;
  return (
    <section className={`report-section ${tone}`} data-testid={testId}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: labels can repeat (two "Start date" fields); order is stable per report.
          <li key={i}>
            <strong>{item.label || '(unlabelled field)'}</strong>
            {item.value !== undefined && <span className="value"> = {item.value}</span>}
            <span className="muted"> — {item.why}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One click fills the form in the current tab; the report says what was filled and what needs the user. */
export function ApplyTab() {
  const tabId = followedTabId.value;
  const [refill, setRefill] = useState(false);
  // Shared with App: fills started from the page's button or the shortcut land here too.
  const state = autofillState.value;
  const setState = (next: AutofillState) => {
    autofillState.value = next;
  };

  const noProfile = profile.value === null;

  async function run() {
    if (tabId === null) return;
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', report: await ask({ type: 'autofill/run', tabId, refill }) });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="apply">
      <section className="card">
        <h2>Autofill this application</h2>
        <p className="muted">
          Fills what your profile answers, the way you would type it. It never submits: you review and send the form yourself.
        </p>
        {noProfile ? (
          <p data-testid="autofill-no-profile">
            Autofill answers from your profile:{' '}
            <button type="button" className="link" onClick={() => (activeTab.value = 'profile')}>
              import your resume
            </button>{' '}
            first.
          </p>
        ) : null}
        {tabJob.value ? <DuplicateWarning job={tabJob.value} /> : null}
        <div className="row">
          <button
            type="button"
            data-testid="autofill-run"
            disabled={tabId === null || noProfile || state.kind === 'busy'}
            onClick={() => void run()}
          >
            {state.kind === 'busy' ? 'Filling…' : 'Autofill'}
          </button>
          <label className="check">
            <input type="checkbox" data-testid="autofill-refill" checked={refill} onChange={(e) => setRefill(e.currentTarget.checked)} />{' '}
            Replace what is already filled
          </label>
        </div>
        {state.kind === 'error' && (
          <p className="error" role="alert" data-testid="autofill-error">
            {state.message}
          </p>
        )}
      </section>
      {state.kind === 'done' && (
        <div data-testid="autofill-report">
          <p className="muted" data-testid="autofill-summary">
            Filled {state.report.filled.length} · needs you {state.report.needsYou.length} · skipped {state.report.skipped.length}
            {state.report.failed.length > 0 ? ` · failed ${state.report.failed.length}` : ''}
          </p>
          <Section title="Needs you" testId="autofill-needs-you" items={state.report.needsYou} tone="warn" />
          <Section title="Could not fill" testId="autofill-failed" items={state.report.failed} tone="bad" />
          <Section title="Filled" testId="autofill-filled" items={state.report.filled} tone="ok" />
          <Section title="Left alone" testId="autofill-skipped" items={state.report.skipped} tone="muted" />
        </div>
      )}
    </div>
  );
}
