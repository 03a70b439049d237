import { useEffect, useState } from 'preact/compat';
import { DEFAULT_FILTERS, type DiscoverFilters as Filters, newForYou } from '../../../shared/discover/new-for-you.ts';
import { ask, onBroadcast } from '../background.ts';
import { profile } from '../state.ts';
import { DiscoverFilters } from './DiscoverFilters.tsx';
import { DiscoverJob } from './DiscoverJob.tsx';
import { discoverData, loadDiscover, matchOf, scoresReady } from './data.ts';
import { Follows } from './Follows.tsx';

/** New for you: the jobs of the companies the user follows and the feeds they switched on, scored against their profile. */
export function DiscoverTab() {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [checking, setChecking] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once, then on the background's word; a new profile rescores.
  useEffect(() => {
    void loadDiscover();
    return onBroadcast((message) => {
      if (message.type === 'boards/changed') void loadDiscover();
    });
  }, [profile.value]);
  const data = discoverData.value;
  void scoresReady.value;
  if (!data) return <p className="muted">Loading…</p>;
  const now = Date.now();

  const items = data.rows.map((row) => {
    const match = matchOf(row);
    return { row, score: match?.score ?? null, knockedOut: match?.knockedOut ?? false };
  });
  const list = newForYou(items, data.savedKeys, filters);
  const openJobs = new Map<string, number>();
  for (const row of data.rows) if (row.closedAt === null) openJobs.set(row.boardKey, (openJobs.get(row.boardKey) ?? 0) + 1);

  function checkNow() {
    setChecking('Checking…');
    ask({ type: 'boards/refresh' }).then(
      (r) => {
        // "Nothing new" would read wrong beside jobs a first pull has just listed: they are not news, but the list is current.
        setChecking(r.added > 0 ? `${r.added} new ${r.added === 1 ? 'job' : 'jobs'}.` : 'Up to date.');
        void loadDiscover();
      },
      (error: unknown) => setChecking(`Could not check: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  return (
    <div className="discover">
      <div className="discover-top">
        <h2>New for you</h2>
        {data.follows.length > 0 && (
          <button type="button" className="link" data-testid="discover-check" onClick={checkNow}>
            Check now
          </button>
        )}
      </div>
      {checking && (
        <p className="muted small" role="status" data-testid="discover-checked">
          {checking}
        </p>
      )}
      {!profile.value && data.rows.length > 0 && <p className="muted">Import your resume (Profile tab) to see how well each job fits.</p>}
      {data.rows.length > 0 && <DiscoverFilters value={filters} onChange={setFilters} />}
      {data.rows.length > 0 && (
        <p className="muted small" data-testid="discover-summary">
          {list.shown.length} {list.shown.length === 1 ? 'job' : 'jobs'}
          {list.saved > 0 && ` · ${list.saved} already in your tracker`}
          {list.filtered > 0 && ` · ${list.filtered} hidden by the filters`}
        </p>
      )}
      <ul className="discover-list" data-testid="discover-list">
        {list.shown.map((item) => (
          <DiscoverJob key={`${item.row.boardKey}|${item.row.jobKey}`} item={item} now={now} />
        ))}
      </ul>
      <Follows follows={data.follows} states={data.states} openJobs={openJobs} now={now} />
    </div>
  );
}
