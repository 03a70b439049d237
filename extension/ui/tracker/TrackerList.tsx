import { useEffect, useLayoutEffect, useRef, useState } from 'preact/compat';
import type { TrackerRow } from '../../../shared/tracker/row.ts';
import { visibleRows } from '../../../shared/tracker/window.ts';
import { TrackerBulkBar } from './TrackerBulkBar.tsx';
import { shownRows, trackerFilter, trackerOpenId, trackerSelected, trackerSort } from './TrackerState.ts';

/** Every row is this tall (CSS `.tracker-row` matches): the list positions rows by index. */
const ROW_HEIGHT = 68;
const OVERSCAN = 6;

function shortDate(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
}

function ListRow({ row, top, selected }: { row: TrackerRow; top: number; selected: boolean }) {
  const { application, job, score, resumeSent } = row;
  return (
    <li className="tracker-row" data-testid="tracker-row" data-id={application.id} style={{ top }}>
      <input
        type="checkbox"
        aria-label={`Select ${job.title} at ${job.company}`}
        data-testid="tracker-select"
        checked={selected}
        onChange={() => {
          const next = new Set(trackerSelected.value);
          if (selected) next.delete(application.id);
          else next.add(application.id);
          trackerSelected.value = next;
        }}
      />
      <span className="tracker-score" data-testid="tracker-score">
        {score ?? '–'}
      </span>
      <button type="button" className="tracker-open" data-testid="tracker-open" onClick={() => (trackerOpenId.value = application.id)}>
        <strong data-testid="tracker-title">{job.title}</strong>
        <span className="muted">{[job.company, job.locations[0]].filter(Boolean).join(' · ')}</span>
        {resumeSent ? (
          <span className="muted" data-testid="tracker-resume">
            Sent {resumeSent}
          </span>
        ) : null}
      </button>
      <span className="tracker-state">
        <span className={`status-pill ${application.status}`} data-testid="tracker-status">
          {application.status}
        </span>
        <span className="muted">
          {application.appliedAt ? `applied ${shortDate(application.appliedAt)}` : `saved ${shortDate(application.createdAt)}`}
        </span>
      </span>
    </li>
  );
}

/**
 * The filtered, sorted applications. Only the rows in view (and a few either side) are in the
 * DOM, at fixed heights, so 5,000 applications scroll and filter as fast as 5.
 */
export function TrackerList() {
  const rows = shownRows.value;
  const selected = trackerSelected.value;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new filter or order starts at the top: the old scroll position means nothing in it.
  const filter = trackerFilter.value;
  const sort = trackerSort.value;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the filter or sort changes, reads neither.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [filter, sort]);

  const { start, end } = visibleRows(scrollTop, height, ROW_HEIGHT, rows.length, OVERSCAN);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.application.id));
  return (
    <div className="tracker-list-view">
      <TrackerBulkBar />
      <div className="tracker-list-head">
        <input
          type="checkbox"
          aria-label="Select all shown"
          data-testid="tracker-select-all"
          checked={allSelected}
          disabled={rows.length === 0}
          onChange={() => (trackerSelected.value = allSelected ? new Set() : new Set(rows.map((r) => r.application.id)))}
        />
        <span>Match</span>
        <span>Job</span>
        <span>Status</span>
      </div>
      {rows.length === 0 ? (
        <p className="muted tracker-none" data-testid="tracker-no-match">
          No application matches these filters.
        </p>
      ) : null}
      <div className="tracker-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="tracker-list">
        <ul className="tracker-rows" style={{ height: rows.length * ROW_HEIGHT }}>
          {rows.slice(start, end).map((row, i) => (
            <ListRow key={row.application.id} row={row} top={(start + i) * ROW_HEIGHT} selected={selected.has(row.application.id)} />
          ))}
        </ul>
      </div>
    </div>
  );
}
