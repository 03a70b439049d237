import type { ApplicationStatus } from '../schemas/application.ts';
import type { JobSource } from '../schemas/job.ts';
import type { TrackerRow } from './row.ts';

/** Epoch ms; `from` is inclusive, `to` exclusive, either may be open. */
export interface TimeRange {
  from: number | null;
  to: number | null;
}

/** What the user narrowed the tracker to. Empty lists and nulls mean "any". */
export interface TrackerFilter {
  statuses: ApplicationStatus[];
  sources: JobSource[];
  /** Part of the company name, any case. */
  company: string;
  minScore: number | null;
  maxScore: number | null;
  saved: TimeRange;
  applied: TimeRange;
}

export const NO_FILTER: TrackerFilter = {
  statuses: [],
  sources: [],
  company: '',
  minScore: null,
  maxScore: null,
  saved: { from: null, to: null },
  applied: { from: null, to: null },
};

export function isFiltered(filter: TrackerFilter): boolean {
  return (
    filter.statuses.length > 0 ||
    filter.sources.length > 0 ||
    filter.company.trim() !== '' ||
    filter.minScore !== null ||
    filter.maxScore !== null ||
    filter.saved.from !== null ||
    filter.saved.to !== null ||
    filter.applied.from !== null ||
    filter.applied.to !== null
  );
}

function inRange(at: number | null, range: TimeRange): boolean {
  if (range.from === null && range.to === null) return true;
  // An application never sent has no applied date: any applied range leaves it out.
  if (at === null) return false;
  return (range.from === null || at >= range.from) && (range.to === null || at < range.to);
}

/**
 * The rows that pass every part of the filter, in their order. A score range leaves out rows
 * with no score, since there is nothing to compare.
 */
export function filterRows(rows: readonly TrackerRow[], filter: TrackerFilter): TrackerRow[] {
  const statuses = new Set(filter.statuses);
  const sources = new Set(filter.sources);
  const company = filter.company.trim().toLocaleLowerCase();
  const scored = filter.minScore !== null || filter.maxScore !== null;
  return rows.filter(({ application, job, score }) => {
    if (statuses.size > 0 && !statuses.has(application.status)) return false;
    if (sources.size > 0 && !sources.has(job.source)) return false;
    if (company && !job.company.toLocaleLowerCase().includes(company)) return false;
    if (scored) {
      if (score === null) return false;
      if (filter.minScore !== null && score < filter.minScore) return false;
      if (filter.maxScore !== null && score > filter.maxScore) return false;
    }
    return inRange(application.createdAt, filter.saved) && inRange(application.appliedAt, filter.applied);
  });
}
