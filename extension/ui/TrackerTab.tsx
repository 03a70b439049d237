import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useState } from 'react';
import { createMatcher } from '../../shared/match/score.ts';
import { listApplications, type TrackedApplication } from '../db/applications.ts';
import { database } from '../db/database.ts';
import { profile, refreshProfile } from './state.ts';

type Sort = 'recent' | 'score';

/** Saved jobs, sortable by when they were saved or by how well they match the profile. */
export function TrackerTab() {
  useSignals();
  const [rows, setRows] = useState<TrackedApplication[] | null>(null);
  const [sort, setSort] = useState<Sort>('recent');
  const current = profile.value;

  useEffect(() => {
    void refreshProfile();
    listApplications(database()).then(setRows, () => setRows([]));
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is the profile signal's value read this render; a new profile must rescore.
  const scored = useMemo(() => {
    const score = current ? createMatcher(current, new Date()) : null;
    const list = (rows ?? []).map((row) => ({ ...row, score: score ? score(row.job).score : null }));
    if (sort === 'score') list.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    return list;
  }, [rows, current, sort]);

  if (rows === null) return <p className="muted">Loading…</p>;
  if (rows.length === 0) {
    return (
      <div className="empty" data-testid="tracker-empty">
        <h2>Nothing saved yet</h2>
        <p>Save a job from the Job tab and it appears here as an application.</p>
      </div>
    );
  }
  return (
    <div className="tracker">
      <div className="row">
        <label>
          Sort by{' '}
          <select data-testid="tracker-sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="recent">Recently saved</option>
            <option value="score">Match score</option>
          </select>
        </label>
        {!current && <span className="muted">Import your resume to see match scores.</span>}
      </div>
      <ul className="tracker-list">
        {scored.map(({ application, job, score, resumeSent }) => (
          <li key={application.id} data-testid="tracker-row">
            <span className="tracker-score" data-testid="tracker-score">
              {score ?? '–'}
            </span>
            <span className="tracker-job">
              <strong data-testid="tracker-title">{job.title}</strong>
              <span className="muted">
                {job.company} · {application.status}
                {application.appliedAt ? ` ${new Date(application.appliedAt).toLocaleDateString()}` : ''}
              </span>
              {resumeSent ? (
                <span className="muted" data-testid="tracker-resume">
                  Sent {resumeSent}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
