import { STATUS_LABEL, STATUSES } from '../../../shared/tracker/board.ts';
import { Select } from '../controls.tsx';
import { moveApplications, removeApplications, selectedShown, trackerSelected } from './TrackerState.ts';

/** What to do with the ticked rows: move them all to one status, or delete them (with undo). */
export function TrackerBulkBar() {
  const rows = selectedShown.value;
  if (rows.length === 0) return null;
  const ids = rows.map((r) => r.application.id);
  return (
    <div className="tracker-bulk" data-testid="tracker-bulk">
      <strong>{rows.length} selected</strong>
      <Select
        aria-label="Move the selected applications to"
        data-testid="tracker-bulk-status"
        values={STATUSES}
        labels={STATUS_LABEL}
        prompt="Move to…"
        value=""
        onChange={(status) => void moveApplications(ids, status).then(() => (trackerSelected.value = new Set()))}
      />
      <button
        type="button"
        className="secondary small danger"
        data-testid="tracker-bulk-delete"
        onClick={() => void removeApplications(ids)}
      >
        Delete
      </button>
      <button type="button" className="link" onClick={() => (trackerSelected.value = new Set())}>
        Clear
      </button>
    </div>
  );
}
