import { useState } from 'preact/compat';
import { FEED_IDS, FEED_LABELS } from '../../../shared/boards/feeds.ts';
import { boardFromUrl, boardLabel, readerOf } from '../../../shared/boards/registry.ts';
import { ATS_BOARD_KINDS, type BoardRef } from '../../../shared/boards/types.ts';
import type { Follow } from '../../../shared/schemas/follow.ts';
import type { BoardReadState } from '../../db/board-jobs.ts';
import { ask } from '../background.ts';
import { syncStatus } from '../state.ts';
import { loadDiscover } from './data.ts';
import { askToRead, followAndRead, stopFollowing } from './follow.ts';

/** "Greenhouse, Lever, … and Teamtailor": the ATSs whose boards Jobsmith reads. */
const KNOWN = new Intl.ListFormat('en', { type: 'conjunction' }).format(ATS_BOARD_KINDS.map(boardLabel));

function ago(at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

/** How the board's last read on this device went, in words. */
function readStatus(state: BoardReadState | undefined, open: number, now: number, signedIn: boolean): string {
  const jobs = `${open} open ${open === 1 ? 'job' : 'jobs'}`;
  // Signed in, the server reads the board: this browser's own reads are only a shortcut.
  if (signedIn && (!state || state.status === 'no-permission')) return `${jobs} · read by your Jobsmith server`;
  if (!state) return open > 0 ? jobs : 'Not read yet';
  if (state.status === 'ok' || state.status === 'not-modified') return `${jobs} · read ${ago(state.lastReadAt, now)}`;
  if (state.status === 'no-permission') return `${jobs} · this browser may not read this board`;
  if (state.status === 'closed') return 'The board is gone (its jobs are marked closed)';
  return `${jobs} · last read failed: ${state.message ?? state.status}; trying again later`;
}

/** The boards and feeds the user follows: follow one by its address, switch feeds on, unfollow, allow reading. */
export function Follows({
  follows,
  states,
  openJobs,
  now,
}: {
  follows: Follow[];
  states: Map<string, BoardReadState>;
  openJobs: Map<string, number>;
  now: number;
}) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const companies = follows.filter((f) => f.kind === 'company');
  const signedIn = Boolean(syncStatus.value?.email);

  function follow(ref: BoardRef, company: string) {
    const permission = askToRead(ref);
    setBusy(true);
    followAndRead(ref, company, permission)
      .then(
        ({ readable }) => {
          setAddress('');
          return readable;
        },
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => setBusy(false));
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    const ref = boardFromUrl(address);
    if (!ref) {
      setProblem(
        `Jobsmith cannot read a job board at that address. It reads the public boards of ${KNOWN}: paste a job's or careers page's address there.`,
      );
      return;
    }
    setProblem('');
    follow(ref, ref.company ?? '');
  }

  function allow(f: Follow) {
    const permission = askToRead(f.board);
    void permission
      .then((ok) => (ok ? ask({ type: 'boards/refresh', boardKey: f.boardKey }).then(loadDiscover) : undefined))
      .catch(() => undefined);
  }

  return (
    <section className="card discover-follows" data-testid="discover-follows">
      <h3>Companies you follow</h3>
      {companies.length === 0 && (
        <p className="muted">None yet: follow a company from one of its jobs (Job tab), or paste its careers page.</p>
      )}
      <ul className="follow-list">
        {companies.map((f) => {
          const state = states.get(f.boardKey);
          return (
            <li key={f.id} data-testid="discover-follow">
              <div>
                <strong>{f.company || f.board.slug}</strong> <span className="muted small">{boardLabel(f.board.kind)}</span>
                <div className="muted small" data-testid="discover-follow-status">
                  {readStatus(state, openJobs.get(f.boardKey) ?? 0, now, signedIn)}
                </div>
              </div>
              <div className="follow-actions">
                {state?.status === 'no-permission' && (
                  <button type="button" className="link" onClick={() => allow(f)}>
                    Allow
                  </button>
                )}
                <button type="button" className="link" data-testid="discover-unfollow" onClick={() => void stopFollowing(f)}>
                  Unfollow
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <form className="follow-form" onSubmit={onSubmit}>
        <label htmlFor="follow-url">Follow a company by its careers page</label>
        <div className="row">
          <input
            id="follow-url"
            data-testid="discover-follow-url"
            type="url"
            placeholder="A job’s or careers page’s address"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy || !address.trim()} data-testid="discover-follow-submit">
            {busy ? 'Following…' : 'Follow'}
          </button>
        </div>
        {problem && (
          <p className="error" role="alert" data-testid="discover-follow-problem">
            {problem}
          </p>
        )}
      </form>
      <h3>Public feeds</h3>
      {FEED_IDS.map((id) => {
        const on = follows.find((f) => f.board.kind === id);
        return (
          <label key={id} className="check">
            <input
              type="checkbox"
              data-testid={`discover-feed-${id}`}
              checked={Boolean(on)}
              onChange={() => (on ? void stopFollowing(on) : follow({ kind: id, slug: 'all' }, ''))}
            />{' '}
            {FEED_LABELS[id]}: remote jobs it publishes for reuse ({readerOf(id).apiMatches[0]?.replace('/*', '')})
          </label>
        );
      })}
    </section>
  );
}
