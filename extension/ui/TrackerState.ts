import { computed, signal } from '@preact/signals-react';
import { createMatcher } from '../../shared/match/score.ts';
import type { Application, ApplicationStatus } from '../../shared/schemas/application.ts';
import type { Profile } from '../../shared/schemas/profile.ts';
import { STATUS_LABEL } from '../../shared/tracker/board.ts';
import { filterRows, NO_FILTER, type TrackerFilter } from '../../shared/tracker/filter.ts';
import type { TrackerRow } from '../../shared/tracker/row.ts';
import { sortRows, type TrackerSort } from '../../shared/tracker/sort.ts';
import {
  type ApplicationEdit,
  deleteApplications,
  listApplications,
  restoreApplications,
  setStatus,
  updateApplication,
} from '../db/applications.ts';
import { database } from '../db/database.ts';

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

/** The rows the filter lets through, in the chosen order: what the list and the board show. */
export const shownRows = computed(() => sortRows(filterRows(trackerRows.value ?? [], trackerFilter.value), trackerSort.value));

/** The ticked rows the filter still shows: bulk actions never touch a row the user cannot see. */
export const selectedShown = computed(() => {
  const selected = trackerSelected.value;
  return selected.size === 0 ? [] : shownRows.value.filter((r) => selected.has(r.application.id));
});

// Scores survive reloads of the list: scoring 5,000 jobs is the slow part of opening the tab.
const scoreCache = new Map<string, number>();
let scoredFor: number | null = null;
let loadGeneration = 0;

const scoreKey = (row: Pick<TrackerRow, 'job'>) => `${row.job.id}:${row.job.updatedAt}`;

/**
 * Loads every application, shows it at once with the scores already known, then scores the
 * rest in slices so the panel never freezes, and shows the scores when all are done.
 */
export async function loadTracker(profile: Profile | null): Promise<void> {
  const generation = ++loadGeneration;
  const loaded = await listApplications(database());
  if (generation !== loadGeneration) return;
  if (profile?.updatedAt !== scoredFor) {
    scoreCache.clear();
    scoredFor = profile?.updatedAt ?? null;
  }
  const withScores = () => loaded.map((row) => ({ ...row, score: scoreCache.get(scoreKey(row)) ?? null }));
  trackerRows.value = withScores();
  if (!profile) return;
  const match = createMatcher(profile, new Date());
  const todo = loaded.filter((row) => !scoreCache.has(scoreKey(row)));
  if (todo.length === 0) return;
  for (let i = 0; i < todo.length; i += 200) {
    for (const row of todo.slice(i, i + 200)) scoreCache.set(scoreKey(row), match(row.job).score);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (generation !== loadGeneration) return;
  }
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
