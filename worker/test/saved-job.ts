import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { createHlc } from '../../shared/sync/hlc.ts';
import { type Syncable, stamp } from '../../shared/sync/merge.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION, type SyncChange } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import type { TestApi } from './harness.ts';

/** Headers of a sync request from a current client. */
export function syncHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) };
}

/** A device's edit: `after` stamped against `before` by a fresh clock, as the extension writes. */
export function edit<T extends Syncable>(before: T | undefined, after: T): T {
  const clock = createHlc(`n${newId().slice(-8)}`, Date.now);
  return stamp(before, { ...after, updatedAt: Date.now() }, clock.tick);
}

export async function push(api: TestApi, token: string, changes: SyncChange[]) {
  const res = await api.request('/v1/sync/push', {
    method: 'POST',
    headers: { ...syncHeaders(token), 'content-type': 'application/json' },
    body: JSON.stringify({ changes }),
  });
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  return res;
}

/** Pushes a saved job and its application for the token's user; returns the records. */
export async function pushSavedJob(api: TestApi, token: string, title: string) {
  const saved = newSavedJob(sampleCapture({ title, company: 'Acme', descriptionHtml: '<p>Build things.</p>' }), Date.now());
  const job = edit(undefined, saved.job);
  const application = edit(undefined, saved.application);
  await push(api, token, [
    { opId: newId(), entity: 'job', record: job },
    { opId: newId(), entity: 'application', record: application },
  ]);
  return { job, application };
}
