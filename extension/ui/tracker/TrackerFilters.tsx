import type { JobSource } from '../../../shared/schemas/job.ts';
import { sourceLabel } from '../../../shared/sites/registry.ts';
import { STATUS_LABEL, STATUSES } from '../../../shared/tracker/board.ts';
import { isFiltered, NO_FILTER, type TimeRange, type TrackerFilter } from '../../../shared/tracker/filter.ts';
import { DEFAULT_DIRECTION, SORT_KEYS, type SortKey } from '../../../shared/tracker/sort.ts';
import { Select } from '../controls.tsx';
import { shownRows, trackerFilter, trackerRows, trackerSort } from './TrackerState.ts';

const SORT_LABEL: Record<SortKey, string> = {
  saved: 'Date saved',
  applied: 'Date applied',
  company: 'Company',
  score: 'Match score',
  activity: 'Last activity',
};

function update(patch: Partial<TrackerFilter>) {
  trackerFilter.value = { ...trackerFilter.value, ...patch };
}

/** A new sort key starts in the direction that key reads best in. */
function sortBy(key: SortKey) {
  trackerSort.value = { key, direction: DEFAULT_DIRECTION[key] };
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** A date input's day as local midnight; the range's end is the next midnight, so the day is included. */
function dayStart(value: string, endOfDay: boolean): number | null {
  if (!value) return null;
  const day = new Date(`${value}T00:00`);
  if (Number.isNaN(day.getTime())) return null;
  if (endOfDay) day.setDate(day.getDate() + 1);
  return day.getTime();
}

function dayValue(at: number | null, endOfDay: boolean): string {
  if (at === null) return '';
  const day = new Date(at);
  if (endOfDay) day.setDate(day.getDate() - 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function scoreValue(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

function DateRange({ label, name, range }: { label: string; name: 'saved' | 'applied'; range: TimeRange }) {
  const day = (end: 'from' | 'to') => (
    <input
      type="date"
      aria-label={`${label} ${end}`}
      data-testid={`tracker-filter-${name}-${end}`}
      value={dayValue(range[end], end === 'to')}
      onChange={(e) => update({ [name]: { ...range, [end]: dayStart(e.currentTarget.value, end === 'to') } })}
    />
  );
  return (
    <fieldset className="tracker-range">
      <legend>{label}</legend>
      {day('from')}
      <span className="muted">to</span>
      {day('to')}
    </fieldset>
  );
}

/** Checkbox chips: ticking some narrows the list to rows with one of them. */
function Chips<T extends string>(props: {
  legend: string;
  name: 'status' | 'source';
  values: readonly T[];
  label: (value: T) => string;
  ticked: readonly T[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="chips">
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="chip">
          <input
            type="checkbox"
            data-testid={`tracker-filter-${props.name}-${value}`}
            checked={props.ticked.includes(value)}
            onChange={() => props.onToggle(value)}
          />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** Company search, sort, and the rest of the filters folded away until wanted. */
export function TrackerFilters() {
  const filter = trackerFilter.value;
  const sort = trackerSort.value;
  const all = trackerRows.value ?? [];
  const sources = [...new Set(all.map((r) => r.job.source))].sort() as JobSource[];
  const active =
    filter.statuses.length +
    filter.sources.length +
    (filter.minScore !== null || filter.maxScore !== null ? 1 : 0) +
    (filter.saved.from !== null || filter.saved.to !== null ? 1 : 0) +
    (filter.applied.from !== null || filter.applied.to !== null ? 1 : 0);
  const score = (bound: 'min' | 'max', label: string, placeholder: string) => (
    <input
      type="number"
      min={0}
      max={100}
      placeholder={placeholder}
      aria-label={label}
      data-testid={`tracker-filter-${bound}-score`}
      value={filter[`${bound}Score`] ?? ''}
      onChange={(e) => update({ [`${bound}Score`]: scoreValue(e.currentTarget.value) })}
    />
  );
  return (
    <div className="tracker-filters">
      <div className="tracker-controls">
        <input
          type="search"
          placeholder="Filter by company"
          aria-label="Filter by company"
          data-testid="tracker-filter-company"
          value={filter.company}
          onChange={(e) => update({ company: e.currentTarget.value })}
        />
        <Select aria-label="Sort by" data-testid="tracker-sort" values={SORT_KEYS} labels={SORT_LABEL} value={sort.key} onChange={sortBy} />
        <button
          type="button"
          className="secondary icon"
          data-testid="tracker-sort-direction"
          aria-label={sort.direction === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'}
          title={sort.direction === 'asc' ? 'Ascending' : 'Descending'}
          onClick={() => (trackerSort.value = { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {sort.direction === 'asc' ? '↑' : '↓'}
        </button>
      </div>
      <details className="tracker-more" data-testid="tracker-filters">
        <summary>
          Filters{active > 0 ? ` (${active})` : ''}
          <span className="muted" data-testid="tracker-count">
            {isFiltered(filter) ? `${shownRows.value.length} of ${all.length}` : `${all.length}`}{' '}
            {all.length === 1 ? 'application' : 'applications'}
          </span>
        </summary>
        <Chips
          legend="Status"
          name="status"
          values={STATUSES}
          label={(s) => STATUS_LABEL[s]}
          ticked={filter.statuses}
          onToggle={(s) => update({ statuses: toggle(filter.statuses, s) })}
        />
        {sources.length > 1 ? (
          <Chips
            legend="Source"
            name="source"
            values={sources}
            label={sourceLabel}
            ticked={filter.sources}
            onToggle={(s) => update({ sources: toggle(filter.sources, s) })}
          />
        ) : null}
        <fieldset className="tracker-range">
          <legend>Match score</legend>
          {score('min', 'Lowest match score', '0')}
          <span className="muted">to</span>
          {score('max', 'Highest match score', '100')}
        </fieldset>
        <DateRange label="Saved" name="saved" range={filter.saved} />
        <DateRange label="Applied" name="applied" range={filter.applied} />
        <button
          type="button"
          className="secondary small"
          data-testid="tracker-filter-clear"
          disabled={!isFiltered(filter)}
          onClick={() => (trackerFilter.value = NO_FILTER)}
        >
          Clear filters
        </button>
      </details>
    </div>
  );
}
