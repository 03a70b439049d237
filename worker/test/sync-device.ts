import { newSavedJob } from '../../shared/applications.ts';
import { newId } from '../../shared/ids.ts';
import { Answer } from '../../shared/schemas/answer.ts';
import { JobsmithDocument } from '../../shared/schemas/document.ts';
import { Follow, followFields } from '../../shared/schemas/follow.ts';
import { Profile } from '../../shared/schemas/profile.ts';
import { createHlc } from '../../shared/sync/hlc.ts';
import { canonical, mergeRecords, type Syncable, stamp } from '../../shared/sync/merge.ts';
import {
  MAX_PUSH_CHANGES,
  type PulledChange,
  type PullResponse,
  type PushResponse,
  SYNC_SCHEMA_HEADER,
  SYNC_SCHEMA_VERSION,
  type SyncChange,
  type SyncEntity,
} from '../../shared/sync/protocol.ts';
import { sampleCapture } from '../../shared/testing/sample-job.ts';

/** How a device reaches the API: `app.request` in tests, `fetch` against wrangler dev in the bench. */
export type Send = (path: string, init: RequestInit) => Response | Promise<Response>;

export function syncInit(token: string, body?: unknown): RequestInit {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION) };
  if (body === undefined) return { headers };
  return { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export const recordKey = (entity: string, id: string) => `${entity}/${id}`;

/**
 * A device as the extension runs sync (DESIGN §6): a local store and an outbox of changes with
 * op ids; push the outbox, then pull after the cursor and merge each pulled record into the
 * store with the shared merge, observing its clocks. An edit is stamped by the device's HLC.
 */
export function createDevice(node: string, send: Send, token: string, now: () => number = Date.now) {
  const clock = createHlc(node, now);
  const store = new Map<string, PulledChange>();
  let outbox: SyncChange[] = [];
  let cursor = 0;

  const get = <T extends Syncable>(entity: SyncEntity, id: string) => store.get(recordKey(entity, id))?.record as T | undefined;

  /** Stores `record` as a local edit (every changed field gets a new clock) and queues it. */
  function write<T extends Syncable>(entity: SyncEntity, record: T): T {
    const next = stamp(get<T>(entity, record.id), { ...record, updatedAt: now() }, clock.tick);
    store.set(recordKey(entity, next.id), { entity, record: next } as unknown as PulledChange);
    outbox.push({ opId: newId(), entity, record: next } as unknown as SyncChange);
    return next;
  }

  async function push(): Promise<PushResponse[]> {
    const responses: PushResponse[] = [];
    while (outbox.length > 0) {
      const batch = outbox.slice(0, MAX_PUSH_CHANGES);
      const res = await send('/v1/sync/push', syncInit(token, { changes: batch }));
      if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
      responses.push((await res.json()) as PushResponse);
      // Only what the server acknowledged leaves the outbox; edits queued meanwhile stay.
      outbox = outbox.filter((c) => !batch.includes(c));
    }
    return responses;
  }

  async function pull(limit = 500): Promise<number> {
    let pulled = 0;
    for (;;) {
      const res = await send(`/v1/sync/pull?after=${cursor}&limit=${limit}`, syncInit(token));
      if (res.status !== 200) throw new Error(`pull failed: ${res.status} ${await res.text()}`);
      const page = (await res.json()) as PullResponse;
      for (const change of page.changes) {
        const key = recordKey(change.entity, change.record.id);
        const local = store.get(key)?.record as Syncable | undefined;
        store.set(key, { entity: change.entity, record: mergeRecords(local, change.record as Syncable) } as PulledChange);
        for (const c of Object.values(change.record.clocks)) clock.observe(c);
      }
      pulled += page.changes.length;
      cursor = page.cursor;
      if (!page.more) return pulled;
    }
  }

  return {
    node,
    store,
    get,
    write,
    /** A partial edit of a stored record. */
    edit<T extends Syncable>(entity: SyncEntity, id: string, patch: Partial<T>): T {
      const before = get<T>(entity, id);
      if (!before) throw new Error(`${node} has no ${entity} ${id}`);
      return write(entity, { ...before, ...patch });
    },
    outbox: () => outbox,
    cursor: () => cursor,
    push,
    pull,
    async sync() {
      await push();
      await pull();
    },
    /** The store as canonical JSON per record, to compare devices and the server. */
    snapshot: () => new Map([...store].map(([key, change]) => [key, canonical(change.record)])),
  };
}
export type Device = ReturnType<typeof createDevice>;

/** Everything the server holds for the token's user, as a fresh device would pull it. */
export async function serverSnapshot(send: Send, token: string): Promise<Map<string, string>> {
  const fresh = createDevice('server-view', send, token);
  await fresh.pull();
  return fresh.snapshot();
}

/** Keys whose records differ between two snapshots (missing on either side included). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key));
}

/** One valid record of each entity, unstamped (a device's `write` stamps it), with fresh ids. */
export function sampleRecords(now: number, title = 'Staff Engineer') {
  const meta = () => ({ id: newId(now), createdAt: now, updatedAt: now, deletedAt: null, clocks: {} });
  const { job, application } = newSavedJob(sampleCapture({ title, company: 'Acme', descriptionHtml: '<p>Build things.</p>' }), now);
  return {
    profile: Profile.parse({ ...meta(), name: { first: 'Ada', last: 'Lovelace' }, email: 'ada@example.com', summary: 'Engineer' }),
    job,
    application,
    document: JobsmithDocument.parse({
      ...meta(),
      kind: 'resume',
      jobId: job.id,
      title: `Resume for ${title}`,
      content: { summary: 'Engineer' },
      rendererVersion: '1',
    }),
    answer: Answer.parse({ ...meta(), question: 'why acme', questionText: 'Why Acme?', answer: 'The mission.', scope: { kind: 'global' } }),
    follow: Follow.parse({ ...meta(), ...followFields({ kind: 'greenhouse', slug: 'acme' }, 'Acme') }),
  };
}
