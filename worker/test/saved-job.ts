import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { createHlc } from '../../shared/sync/hlc.ts';
import { stamp } from '../../shared/sync/merge.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION, type SyncChange } from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';
import type { TestApi } from './harness.ts';

/** Pushes a saved job and its application for the token's user, stamped as a device would; returns the records. */
export async function pushSavedJob(api: TestApi, token: string, title: string) {
  const now = Date.now();
  const clock = createHlc(`n${newId().slice(-8)}`, () => now);
  const saved = newSavedJob(sampleCapture({ title, company: 'Acme', descriptionHtml: '<p>Build things.</p>' }), now);
  const job = stamp(undefined, saved.job, clock.tick);
  const application = stamp(undefined, saved.application, clock.tick);
  const changes: SyncChange[] = [
    { opId: newId(), entity: 'job', record: job },
    { opId: newId(), entity: 'application', record: application },
  ];
  const res = await api.request('/v1/sync/push', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION),
    },
    body: JSON.stringify({ changes }),
  });
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  return { job, application };
}
