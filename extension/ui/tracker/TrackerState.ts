import { computed, signal } from '@preact/signals';
import type { Application, ApplicationStatus } from '../../../shared/schemas/application.ts';
import type { Profile } from '../../../shared/schemas/profile.ts';
import { STATUS_LABEL } from '../../../shared/tracker/board.ts';
import { filterRows, NO_FILTER, type TrackerFilter } from '../../../shared/tracker/filter.ts';
import type { TrackerRow } from '../../../shared/tracker/row.ts';
import { sortRows, type TrackerSort } from '../../../shared/tracker/sort.ts';
import {
  type ApplicationEdit,
  deleteApplications,
  listApplications,
  restoreApplications,
  setStatus,
  updateApplication,
} from '../../db/applications.ts';
import { database } from '../../db/database.ts';
import { knownScore, scoreJobs } from '../job-scores.ts';

/**
 * The Tracker tab's state. Module signals, so the view, filters and sort the user chose are
 * still there when they come back from another tab.
 */
export const trackerRows = signal<TrackerRow[] | null>(null);
export const trackerView = signal<'list' | 'board'>('list');
export const trackerFilter = signal<TrackerFilter>(NO_FILTER);
export const trackerSort = signal<TrackerSort>({ key: 'saved', direction: 'desc' });
/** Ids of the applications ticked in the list, for bulk actions. */
export const trackerSelected = signal<ReadonlySet<string>>(new Set());
/** The application whose detail view is open. */
export const trackerOpenId = signal<string | null>(null);
/** What the last action did, for the live region (and an undo after a delete). */
export const trackerNotice = signal<{ text: string; undo?: string[] } | null>(null);

/** Every row in the chosen order; sorted apart from the filter so a keystroke in it only filters. */
const sortedRows = computed(() => sortRows(trackerRows.value ?? [], trackerSort.value));

/** The rows the filter lets through, in the chosen order: what the list and the board show. */
export const shownRows = computed(() => filterRows(sortedRows.value, trackerFilter.value));

/** The ticked rows the filter still shows: bulk actions never touch a row the user cannot see. */
export const selectedShown = computed(() => {
  const selected = trackerSelected.value;
  return selected.size === 0 ? [] : shownRows.value.filter((r) => selected.has(r.application.id));
});

let loadGeneration = 0;
let inFlight: { profileAt: number | null | undefined; done: Promise<void> } | null = null;

/**
 * Loads every application and shows it at once with the scores already known (job-scores.ts),
 * then scores the rest without freezing the panel and shows the scores when all are done. A
 * second call for the same profile while one runs shares it.
 */
export function loadTracker(profile: Profile | null): Promise<void> {
  if (inFlight && inFlight.profileAt === profile?.updatedAt) return inFlight.done;
  const current = { profileAt: profile?.updatedAt, done: load(profile, ++loadGeneration) };
  inFlight = current;
  void current.done.finally(() => {
    if (inFlight === current) inFlight = null;
  });
  return current.done;
}

async function load(profile: Profile | null, generation: number): Promise<void> {
  const loaded = await listApplications(database());
  if (generation !== loadGeneration) return;
  const withScores = () => loaded.map((row) => ({ ...row, score: knownScore(profile, row.job) }));
  trackerRows.value = withScores();
  if (!profile) return;
  if (
    await scoreJobs(
      profile,
      loaded.map((row) => row.job),
      () => generation === loadGeneration,
    )
  )
    trackerRows.value = withScores();
}

function replaceApplications(changed: readonly Application[]) {
  if (changed.length === 0 || !trackerRows.value) return;
  const byId = new Map(changed.map((a) => [a.id, a]));
  trackerRows.value = trackerRows.value.map((row) => {
    const next = byId.get(row.application.id);
    return next ? { ...row, application: next } : row;
  });
}

export async function moveApplications(ids: readonly string[], status: ApplicationStatus): Promise<void> {
  const moved = await setStatus(database(), ids, status, Date.now());
  replaceApplications(moved);
  const what = moved.length === 1 ? 'application' : 'applications';
  trackerNotice.value = { text: `Moved ${moved.length} ${what} to ${STATUS_LABEL[status]}.` };
}

export async function editApplication(id: string, edit: ApplicationEdit): Promise<void> {
  replaceApplications([await updateApplication(database(), id, edit, Date.now())]);
}

export async function removeApplications(ids: readonly string[]): Promise<void> {
  await deleteApplications(database(), ids, Date.now());
  const gone = new Set(ids);
  trackerRows.value = (trackerRows.value ?? []).filter((row) => !gone.has(row.application.id));
  trackerSelected.value = new Set();
  const what = ids.length === 1 ? 'application' : 'applications';
  trackerNotice.value = { text: `Deleted ${ids.length} ${what}.`, undo: [...ids] };
}

export async function undoRemove(ids: readonly string[], profile: Profile | null): Promise<void> {
  await restoreApplications(database(), ids, Date.now());
  trackerNotice.value = { text: 'Restored.' };
  await loadTracker(profile);
}
