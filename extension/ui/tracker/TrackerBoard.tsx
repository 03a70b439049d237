import { signal } from '@preact/signals';
import { type KeyboardEvent, useEffect, useRef, useState } from 'preact/compat';
import type { ApplicationStatus } from '../../../shared/schemas/application.ts';
import { groupByStatus, STATUS_LABEL, STATUSES, statusAfter } from '../../../shared/tracker/board.ts';
import type { TrackerRow } from '../../../shared/tracker/row.ts';
import { moveApplications, shownRows, trackerOpenId } from './TrackerState.ts';

/** Cards shown per column before "Show all": a column of 3,000 cards would stall the panel. Search or filter narrows it. */
const COLUMN_LIMIT = 20;

/** The card to focus once it has re-rendered in its new column after a keyboard move. */
const focusAfterMove = signal<string | null>(null);

function move(row: TrackerRow, status: ApplicationStatus) {
  if (status === row.application.status) return;
  const id = row.application.id;
  void moveApplications([id], status).then(() => (focusAfterMove.value = id));
}

/** Keys on a focused card: ←/→ move it one column, 1–8 to that column, Enter opens it. */
function onCardKey(e: KeyboardEvent<HTMLElement>, row: TrackerRow) {
  if (e.target !== e.currentTarget) return;
  const digit = Number(e.key);
  const target =
    e.key === 'ArrowRight'
      ? statusAfter(row.application.status, 1)
      : e.key === 'ArrowLeft'
        ? statusAfter(row.application.status, -1)
        : Number.isInteger(digit) && digit >= 1 && digit <= STATUSES.length
          ? STATUSES[digit - 1]
          : undefined;
  if (target) {
    e.preventDefault();
    move(row, target);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    trackerOpenId.value = row.application.id;
  }
}

function Card({ row }: { row: TrackerRow }) {
  const { application, job, score } = row;
  return (
    <li
      className="board-card"
      data-testid="board-card"
      data-id={application.id}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the card takes focus so the keyboard can move it between columns (DESIGN: drag or keyboard).
      tabIndex={0}
      draggable
      aria-label={`${job.title} at ${job.company}, ${STATUS_LABEL[application.status]}. Arrow keys or 1 to 8 move it, Enter opens it.`}
      onDragStart={(e) => {
        e.dataTransfer?.setData('application/x-jobsmith-application', application.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={(e) => onCardKey(e, row)}
    >
      <div className="board-card-head">
        <button
          type="button"
          className="board-title"
          data-testid="board-open"
          tabIndex={-1}
          onClick={() => (trackerOpenId.value = application.id)}
        >
          {job.title}
        </button>
        <span className="tracker-score">{score ?? '–'}</span>
      </div>
      <div className="board-card-foot muted">{job.company || 'Unknown company'}</div>
    </li>
  );
}

function Column({ status, rows }: { status: ApplicationStatus; rows: TrackerRow[] }) {
  const [over, setOver] = useState(false);
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, COLUMN_LIMIT);
  return (
    <section
      className={`board-column${over ? ' over' : ''}`}
      data-testid="board-column"
      data-status={status}
      aria-label={STATUS_LABEL[status]}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('application/x-jobsmith-application')) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer?.getData('application/x-jobsmith-application');
        if (id) void moveApplications([id], status);
      }}
    >
      <h3>
        <span className={`status-dot ${status}`} />
        {STATUS_LABEL[status]} <span className="muted">{rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="board-empty muted">Drop a card here</p>
      ) : (
        <ul className="board-cards">
          {shown.map((row) => (
            <Card key={row.application.id} row={row} />
          ))}
        </ul>
      )}
      {rows.length > shown.length ? (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {rows.length}
        </button>
      ) : null}
    </section>
  );
}

/** One column per status; drag a card to another column, or focus it and use the arrow keys. */
export function TrackerBoard() {
  const columns = groupByStatus(shownRows.value);
  const board = useRef<HTMLDivElement>(null);
  const focusId = focusAfterMove.value;
  // A moved card re-renders in its new column: focus follows it there.
  useEffect(() => {
    if (!focusId) return;
    const moved = board.current?.querySelector<HTMLElement>(`[data-testid="board-card"][data-id="${focusId}"]`);
    moved?.focus();
    moved?.scrollIntoView({ block: 'nearest' });
    focusAfterMove.value = null;
  });
  return (
    <>
      <p className="muted small-print">Drag a card to another column, or focus it and press ← → (or 1–8). Enter opens it.</p>
      <div className="board" data-testid="tracker-board" ref={board}>
        {columns.map((c) => (
          <Column key={c.status} status={c.status} rows={c.rows} />
        ))}
      </div>
    </>
  );
}
