import { signal } from '@preact/signals';
import type { AutofillReport } from '../../shared/autofill/field-schema.ts';
import type { PageAccess, SyncStatus } from '../../shared/messages.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { Profile } from '../../shared/schemas/profile.ts';
import { database } from '../db/database.ts';
import { loadProfile } from '../db/profile.ts';

export const TABS = ['job', 'discover', 'tailor', 'apply', 'tracker', 'analytics', 'profile', 'settings'] as const;
export type TabName = (typeof TABS)[number];

export const activeTab = signal<TabName>('job');
export const followedTabId = signal<number | null>(null);
/** `undefined` while loading, `null` when the page shows no job. */
export const tabJob = signal<JobCapture | null | undefined>(undefined);
/** How Jobsmith may read the followed tab's page; `undefined` while asking. */
export const tabAccess = signal<PageAccess | undefined>(undefined);
export const syncStatus = signal<SyncStatus | null>(null);

/** The saved profile; `null` once loaded and absent. */
export const profile = signal<Profile | null | undefined>(undefined);

export async function refreshProfile(): Promise<void> {
  profile.value = (await loadProfile(database())) ?? null;
  // A fill that failed before the profile changed ("import your resume first") says nothing now.
  if (profile.value && autofillState.value.kind === 'error') autofillState.value = { kind: 'idle' };
}

export type AutofillState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: AutofillReport }
  | { kind: 'error'; message: string };
/** The last fill in the followed tab, wherever it was started (panel, page button, shortcut). */
export const autofillState = signal<AutofillState>({ kind: 'idle' });
