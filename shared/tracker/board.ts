import { ApplicationStatus } from '../schemas/application.ts';
import type { TrackerRow } from './row.ts';

/** The board's columns, in the order a search moves through them. */
export const STATUSES: readonly ApplicationStatus[] = ApplicationStatus.options;

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

export interface BoardColumn {
  status: ApplicationStatus;
  rows: TrackerRow[];
}

/** One column per status, every status present (empty ones too, so a card can be dropped there), rows in the order given. */
export function groupByStatus(rows: readonly TrackerRow[]): BoardColumn[] {
  const columns = new Map<ApplicationStatus, TrackerRow[]>(STATUSES.map((s) => [s, []]));
  for (const row of rows) columns.get(row.application.status)?.push(row);
  return STATUSES.map((status) => ({ status, rows: columns.get(status) ?? [] }));
}

/** The status `steps` columns away (keyboard moves), stopping at either end. */
export function statusAfter(status: ApplicationStatus, steps: number): ApplicationStatus {
  const index = Math.min(STATUSES.length - 1, Math.max(0, STATUSES.indexOf(status) + steps));
  return STATUSES[index] ?? status;
}
