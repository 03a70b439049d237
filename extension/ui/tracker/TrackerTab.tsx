import { useEffect } from 'preact/compat';
import { onChanged } from '../../sync/changes.ts';
import { profile, refreshProfile, syncStatus } from '../state.ts';
import { TrackerBoard } from './TrackerBoard.tsx';
import { TrackerDetail } from './TrackerDetail.tsx';
import { TrackerExport } from './TrackerExport.tsx';
import { TrackerFilters } from './TrackerFilters.tsx';
import { TrackerList } from './TrackerList.tsx';
import { loadTracker, trackerNotice, trackerOpenId, trackerRows, trackerView, undoRemove } from './TrackerState.ts';

/** Every application, as a board by status or a sortable, filterable list, and each one in detail. */
export function TrackerTab() {
  const current = profile.value;
  const rows = trackerRows.value;
  const openId = trackerOpenId.value;
  const lastSync = syncStatus.value?.lastSyncAt ?? null;

  useEffect(() => {
    void refreshProfile();
    // A change made elsewhere (the background marking an application applied, another panel)
    // shows without reopening the tab; a load already running is followed by a fresh one.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const p = profile.value;
        if (p !== undefined)
          void loadTracker(p).then(
            () => loadTracker(p),
            () => undefined,
          );
      }, 300);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);

  // Reloaded when the profile is known or changes (scores), and after a sync pulled changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `lastSync` only triggers a reload; the profile's updatedAt says whether it changed.
  useEffect(() => {
    if (current !== undefined) void loadTracker(current).catch(() => (trackerRows.value = []));
  }, [current?.updatedAt, current === undefined, lastSync]);

  if (rows === null) return <p className="muted">Loading…</p>;
  if (rows.length === 0 && !trackerNotice.value?.undo) {
    return (
      <div className="empty" data-testid="tracker-empty">
        <h2>Nothing saved yet</h2>
        <p>Save a job from the Job tab and it appears here as an application.</p>
      </div>
    );
  }
  const open = openId ? rows.find((r) => r.application.id === openId) : undefined;
  if (open) return <TrackerDetail row={open} />;
  const notice = trackerNotice.value;
  const view = trackerView.value;
  return (
    <div className="tracker">
      <div className="tracker-bar">
        <fieldset className="segmented" aria-label="View">
          {(['list', 'board'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              data-testid={`tracker-view-${v}`}
              onClick={() => (trackerView.value = v)}
            >
              {v === 'list' ? 'List' : 'Board'}
            </button>
          ))}
        </fieldset>
        <TrackerExport />
      </div>
      <TrackerFilters />
      {current === null ? <p className="muted small-print">Import your resume to see match scores.</p> : null}
      <p className="tracker-notice" role="status" data-testid="tracker-notice">
        {notice ? notice.text : ''}
        {notice?.undo ? (
          <button type="button" className="link" onClick={() => void undoRemove(notice.undo ?? [], current ?? null)}>
            Undo
          </button>
        ) : null}
      </p>
      {view === 'board' ? <TrackerBoard /> : <TrackerList />}
    </div>
  );
}
