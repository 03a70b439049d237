import { createMatcher } from '../../shared/match/score.ts';
import type { ProfileDraft } from '../../shared/schemas/profile.ts';
import { markNotified, type StoredBoardJob } from '../db/board-jobs.ts';
import type { JobsmithDb } from '../db/database.ts';
import { findSavedJob } from '../db/jobs.ts';

/**
 * Tells the user of new jobs on the boards they follow that fit them (issue 17): those scoring at
 * least their threshold (Settings) with no knock-out, not saved already, each once. A few are
 * named one by one; a larger batch adds one line for the rest, so a busy board never floods the
 * screen.
 */

/** Jobs named in a notification of their own; more than this share one "N more" notification. */
export const NAMED_AT_MOST = 3;

export interface BoardNotice {
  /** `board-job:` plus the job's board and key (a click opens it), or `board-jobs:` for the summary. */
  id: string;
  title: string;
  message: string;
}

export interface NotifyDeps {
  db: JobsmithDb;
  profile: ProfileDraft | null;
  settings: { notify: boolean; notifyAbove: number };
  now: number;
  notify: (notice: BoardNotice) => Promise<void>;
}

export const noticeId = (job: Pick<StoredBoardJob, 'boardKey' | 'jobKey'>) => `board-job:${JSON.stringify([job.boardKey, job.jobKey])}`;

/** The board job a notification's id names, if it names one. */
export function jobOfNotice(id: string): [string, string] | null {
  if (!id.startsWith('board-job:')) return null;
  try {
    const key = JSON.parse(id.slice('board-job:'.length)) as unknown;
    return Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string') ? (key as [string, string]) : null;
  } catch {
    return null;
  }
}

/** Notifies the fitting jobs among `added`; returns those the user was told of. */
export async function notifyNewJobs(deps: NotifyDeps, added: readonly StoredBoardJob[]): Promise<StoredBoardJob[]> {
  if (!deps.settings.notify || !deps.profile || added.length === 0) return [];
  const match = createMatcher(deps.profile, new Date(deps.now));
  const fitting: Array<{ row: StoredBoardJob; score: number }> = [];
  for (const row of added) {
    if (row.notifiedAt !== null || row.closedAt !== null) continue;
    if (await findSavedJob(deps.db, row.job.dedupeKey)) continue;
    const result = match(row.job);
    if (result.score >= deps.settings.notifyAbove && result.knockouts.length === 0) fitting.push({ row, score: result.score });
  }
  fitting.sort((a, b) => b.score - a.score);
  for (const { row, score } of fitting.slice(0, NAMED_AT_MOST)) {
    const where = [row.job.locations[0], row.job.workplace === 'remote' ? 'Remote' : ''].filter(Boolean).join(' · ');
    await deps.notify({
      id: noticeId(row),
      title: `New at ${row.job.company || 'a company you follow'}: ${row.job.title}`,
      message: `${score}% match${where ? ` · ${where}` : ''}`,
    });
  }
  const rest = fitting.length - NAMED_AT_MOST;
  if (rest > 0)
    await deps.notify({
      id: `board-jobs:${deps.now}`,
      title: `${rest} more new ${rest === 1 ? 'job fits' : 'jobs fit'} you`,
      message: 'Open Jobsmith’s New tab to see them.',
    });
  const told = fitting.map((f) => f.row);
  await markNotified(deps.db, told, deps.now);
  return told;
}
