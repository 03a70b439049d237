import { DEFAULT_FILTERS, type DiscoverFilters as Filters } from '../../../shared/discover/new-for-you.ts';

const SCORES = [0, 50, 60, 70, 80, 90];

/** The New tab's filters: match score, remote, place, yearly pay, knock-outs and closed jobs. */
export function DiscoverFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="discover-filters" data-testid="discover-filters">
      <legend className="visually-hidden">Filter the jobs</legend>
      <label>
        Match{' '}
        <select value={value.minScore} data-testid="discover-min-score" onChange={(e) => set({ minScore: Number(e.currentTarget.value) })}>
          {SCORES.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? 'any' : `${s}%+`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Place{' '}
        <input type="text" size={10} value={value.location} placeholder="any" onInput={(e) => set({ location: e.currentTarget.value })} />
      </label>
      <label>
        Pay from{' '}
        <input
          type="number"
          min={0}
          step={1000}
          style={{ width: '7em' }}
          value={value.minSalary ?? ''}
          placeholder="a year"
          onInput={(e) => set({ minSalary: e.currentTarget.value ? Math.max(0, Number(e.currentTarget.value)) : null })}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={value.remoteOnly} onChange={(e) => set({ remoteOnly: e.currentTarget.checked })} /> Remote only
      </label>
      <label className="check">
        <input type="checkbox" checked={value.hideKnockouts} onChange={(e) => set({ hideKnockouts: e.currentTarget.checked })} /> Hide jobs
        I can't meet
      </label>
      <label className="check">
        <input type="checkbox" checked={value.showClosed} onChange={(e) => set({ showClosed: e.currentTarget.checked })} /> Show closed
      </label>
      {JSON.stringify(value) !== JSON.stringify(DEFAULT_FILTERS) && (
        <button type="button" className="link" onClick={() => onChange(DEFAULT_FILTERS)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
