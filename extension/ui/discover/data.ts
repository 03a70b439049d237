import { signal } from '@preact/signals';
import type { Follow } from '../../../shared/schemas/follow.ts';
import { type BoardReadState, boardJobsOf, readStates, type StoredBoardJob } from '../../db/board-jobs.ts';
import { database } from '../../db/database.ts';
import { listFollows } from '../../db/follows.ts';
import { type KnownMatch, knownMatch, type Scorable, scoreJobs } from '../job-scores.ts';
import { profile } from '../state.ts';

/** What the New tab shows, loaded from the device's database; null until first loaded. */
export interface DiscoverData {
  follows: Follow[];
  states: Map<string, BoardReadState>;
  rows: StoredBoardJob[];
  /** Dedupe keys of the jobs in the tracker. */
  savedKeys: Set<string>;
}

export const discoverData = signal<DiscoverData | null>(null);
/** Bumped when scores arrive, so the list redraws with them. */
export const scoresReady = signal(0);

/** A board job as the shared scorer takes it: its board and key name it, its change time versions it. */
export const scorable = (row: StoredBoardJob): Scorable => ({ ...row.job, id: `${row.boardKey}|${row.jobKey}`, updatedAt: row.changedAt });

export function matchOf(row: StoredBoardJob): KnownMatch | null {
  return knownMatch(profile.value ?? null, scorable(row));
}

let generation = 0;

export async function loadDiscover(): Promise<void> {
  const db = database();
  const mine = ++generation;
  const follows = await listFollows(db);
  const [states, rows, saved] = await Promise.all([
    readStates(db),
    boardJobsOf(
      db,
      follows.map((f) => f.boardKey),
    ),
    db.jobs.toArray(),
  ]);
  if (mine !== generation) return;
  discoverData.value = { follows, states, rows, savedKeys: new Set(saved.filter((j) => j.deletedAt === null).map((j) => j.dedupeKey)) };
  const current = profile.value;
  if (current && (await scoreJobs(current, rows.map(scorable), () => mine === generation))) scoresReady.value++;
}
