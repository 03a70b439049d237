import { useEffect, useState } from 'preact/compat';
import { boardFromUrl, boardKey, boardLabel } from '../../../shared/boards/registry.ts';
import type { BoardRef } from '../../../shared/boards/types.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import { database } from '../../db/database.ts';
import { findFollow } from '../../db/follows.ts';
import { activeTab } from '../state.ts';
import { askToRead, followAndRead } from './follow.ts';

/** The board a job's page belongs to (its own address, the canonical one, or where it is applied to). */
export function boardOfJob(job: JobCapture): BoardRef | null {
  for (const url of [job.url, job.canonicalUrl, job.applyUrl]) {
    const ref = url ? boardFromUrl(url) : null;
    if (ref) return ref;
  }
  return null;
}

type State = 'checking' | 'not-following' | 'following' | 'busy' | { error: string };

/** "Follow Acme": one click in the Job tab lists the company's other open jobs in the New tab, and tells of new ones. */
export function FollowButton({ job }: { job: JobCapture }) {
  const ref = boardOfJob(job);
  const key = ref ? boardKey(ref) : null;
  const [state, setState] = useState<State>('checking');
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    if (!key) return;
    let live = true;
    setState('checking');
    findFollow(database(), key).then(
      (f) => live && setState(f ? 'following' : 'not-following'),
      () => live && setState('not-following'),
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (!ref) return null;
  const company = job.company || 'this company';

  function onFollow() {
    if (!ref) return;
    const permission = askToRead(ref);
    setState('busy');
    followAndRead(ref, job.company, permission).then(
      ({ readable }) => {
        setState('following');
        void readable.then((ok) => setUnreadable(!ok));
      },
      (error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }),
    );
  }

  return (
    <div className="follow-company" data-testid="job-follow-box">
      {state === 'following' ? (
        <p data-testid="job-following">
          Following {company}: its new jobs come to you.{' '}
          <button type="button" className="link" data-testid="job-follow-see" onClick={() => (activeTab.value = 'discover')}>
            See its jobs
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="secondary"
          data-testid="job-follow"
          disabled={state === 'checking' || state === 'busy'}
          onClick={onFollow}
          title={`Reads ${company}'s public ${boardLabel(ref.kind)} job board`}
        >
          {state === 'busy' ? 'Following…' : `Follow ${company}`}
        </button>
      )}
      {unreadable && (
        <p className="muted" data-testid="job-follow-unreadable">
          Without access to {boardLabel(ref.kind)}'s job board API, this browser cannot read the board itself; signed in, the Jobsmith
          server reads it for you.
        </p>
      )}
      {typeof state === 'object' && <p className="error">Could not follow: {state.error}</p>}
    </div>
  );
}
