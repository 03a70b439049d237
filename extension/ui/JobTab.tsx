import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useState } from 'react';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { database } from '../db/database.ts';
import { findSavedJob, saveJob } from '../db/jobs.ts';
import { ask } from './background.ts';
import { formatSalary } from './format.ts';
import { tabJob } from './state.ts';

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
  useSignals();
  const job = tabJob.value;
  const [saveState, setSaveState] = useSaveState(job);

  if (job === undefined) return <p className="muted">Reading this page…</p>;
  if (job === null) {
    return (
      <div className="empty" data-testid="job-none">
        <h2>No job on this page</h2>
        <p>Open a job post on LinkedIn, Indeed, Greenhouse, Lever, Workday, Ashby or a career page, and it shows up here.</p>
      </div>
    );
  }

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
  const location = [...job.locations, job.workplace ?? ''].filter(Boolean).join(' · ');
  const saved = saveState === 'saved' || saveState === 'already-saved';

  return (
    <article className="job">
      <header>
        <h2 data-testid="job-title">{job.title}</h2>
        <p className="company" data-testid="job-company">
          {job.company || 'Unknown company'}
        </p>
        {location && <p data-testid="job-location">{location}</p>}
        {salary && (
          <p className="salary" data-testid="job-salary">
            {salary}
          </p>
        )}
      </header>
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
      </div>
      {/* Plain text only: markup from the page is never interpreted here. */}
      <div className="description" data-testid="job-description">
        {job.description}
      </div>
    </article>
  );
}
