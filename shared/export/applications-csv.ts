import type { TrackerRow } from '../tracker/row.ts';
import { toCsv } from './csv.ts';

export const APPLICATION_COLUMNS = [
  'Job title',
  'Company',
  'Location',
  'Source',
  'URL',
  'Status',
  'Saved',
  'Applied',
  'Match score',
  'Notes',
  'Next action',
  'Next action due',
] as const;

/** YYYY-MM-DD in UTC, so the same export reads the same everywhere. */
function isoDate(at: number | null): string | null {
  return at === null ? null : new Date(at).toISOString().slice(0, 10);
}

/** The applications as a spreadsheet: a header row, then one row per application in the order given. */
export function applicationsCsv(rows: readonly TrackerRow[]): string {
  return toCsv([
    APPLICATION_COLUMNS,
    ...rows.map(({ application, job, score }) => [
      job.title,
      job.company,
      job.locations.join('; '),
      job.source,
      job.url,
      application.status,
      isoDate(application.createdAt),
      isoDate(application.appliedAt),
      score,
      application.notes,
      application.nextAction?.text ?? null,
      isoDate(application.nextAction?.due ?? null),
    ]),
  ]);
}
