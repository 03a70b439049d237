import { lazy, Suspense, useEffect, useState } from 'preact/compat';
import { correctionOf, correctJob } from '../../../shared/job/correct-job.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { sourceLabel } from '../../../shared/sites/registry.ts';
import { database } from '../../db/database.ts';
import { findSavedJob, saveJob } from '../../db/jobs.ts';
import { ask } from '../background.ts';
import { DuplicateWarning } from '../DuplicateWarning.tsx';
import { formatSalary } from '../format.ts';
import { activeTab, followedTabId, tabAccess, tabJob } from '../state.ts';
import { CorrectJob } from './CorrectJob.tsx';
import { JobDescription } from './JobDescription.tsx';
import { MatchPanel } from './MatchPanel.tsx';
import { AlwaysOffer, NoJob } from './PageAccessNote.tsx';

// Following a company loads the board readers: not before the panel's first paint.
const FollowButton = lazy(() => import('../discover/FollowButton.tsx').then((m) => ({ default: m.FollowButton })));

const WORKPLACE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

function RequirementList({ testId, title, items }: { testId: string; title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

type SaveState = 'checking' | 'unsaved' | 'saving' | 'saved' | 'already-saved' | { error: string };

function useSaveState(job: JobCapture | null | undefined) {
  const [state, setState] = useState<SaveState>('checking');
  useEffect(() => {
    if (!job) return;
    let live = true;
    setState('checking');
    findSavedJob(database(), job.dedupeKey).then(
      (existing) => live && setState(existing ? 'already-saved' : 'unsaved'),
      (error: unknown) => live && setState({ error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [job]);
  return [state, setState] as const;
}

export function JobTab() {
  const read = tabJob.value;
  // The user's corrections of what the page said, and the open correction form: for the job
  // they were made on only (the tab may move to another job meanwhile).
  const [fix, setFix] = useState<{ of: JobCapture; job: JobCapture } | null>(null);
  const [editingFor, setEditingFor] = useState<JobCapture | null>(null);
  const job = read && fix?.of === read ? fix.job : read;
  const editing = Boolean(read) && editingFor === read;
  const [saveState, setSaveState] = useSaveState(job);

  if (job === undefined) return <p className="muted">Reading this page…</p>;
  if (job === null || !read) return <NoJob />;

  async function onSave(capture: JobCapture) {
    setSaveState('saving');
    try {
      const result = await saveJob(database(), capture, Date.now());
      setSaveState(result.status);
      // Sync is best effort: the job is saved on this device whatever the network does.
      ask({ type: 'sync/now' }).catch(() => undefined);
    } catch (error) {
      setSaveState({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  const salary = formatSalary(job.salary);
  const location = job.locations.join(' · ');
  const facts = [WORKPLACE[job.workplace ?? ''] ?? '', job.employmentType ?? '', job.postedAt ? `Posted ${job.postedAt}` : ''].filter(
    Boolean,
  );
  const saved = saveState === 'saved' || saveState === 'already-saved';
  const access = tabAccess.value;
  const tabId = followedTabId.value;

  return (
    <article className="job">
      <header>
        <h2 data-testid="job-title">{job.title}</h2>
        <p className="company" data-testid="job-company">
          {job.company || 'Unknown company'}
        </p>
        {location && <p data-testid="job-location">{location}</p>}
        {!saved && !editing && (
          <button type="button" className="link" data-testid="job-edit" onClick={() => setEditingFor(read)}>
            Correct title, company or location
          </button>
        )}
        {facts.length > 0 && <p data-testid="job-facts">{facts.join(' · ')}</p>}
        {salary && (
          <p className="salary" data-testid="job-salary">
            {salary}
          </p>
        )}
      </header>
      {editing && (
        <CorrectJob
          initial={correctionOf(job)}
          onCancel={() => setEditingFor(null)}
          onApply={(correction) => {
            setFix({ of: read, job: correctJob(read, correction) });
            setEditingFor(null);
          }}
        />
      )}
      <DuplicateWarning job={job} />
      <div className="actions">
        <button
          type="button"
          data-testid="job-save"
          disabled={saved || saveState === 'saving' || saveState === 'checking'}
          onClick={() => onSave(job)}
        >
          {saveState === 'saving' ? 'Saving…' : saved ? 'Saved' : 'Save job'}
        </button>
        <span className="save-state" data-testid="job-save-state">
          {saveState === 'saved' && 'Saved to your tracker.'}
          {saveState === 'already-saved' && 'Already saved in your tracker.'}
          {typeof saveState === 'object' && `Could not save: ${saveState.error}`}
        </span>
        {saved ? (
          <button type="button" className="link" data-testid="job-open-tracker" onClick={() => (activeTab.value = 'tracker')}>
            Open the tracker
          </button>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <FollowButton job={job} />
      </Suspense>
      <MatchPanel job={job} />
      {(job.requirements.required.length > 0 || job.requirements.preferred.length > 0) && (
        <section className="requirements">
          <RequirementList testId="job-required" title="Required" items={job.requirements.required} />
          <RequirementList testId="job-preferred" title="Preferred" items={job.requirements.preferred} />
        </section>
      )}
      <div data-testid="job-description">
        <JobDescription sections={job.sections} fallback={job.description} />
      </div>
      <p className="muted source" data-testid="job-source">
        Read from {sourceLabel(job.source)}
      </p>
      {access?.kind === 'on-demand' && tabId !== null && <AlwaysOffer tabId={tabId} site={access.site} />}
    </article>
  );
}
