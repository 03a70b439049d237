import { MAX_PUSH_CHANGES } from '../../shared/sync/protocol.ts';
import type { JobsmithDb } from '../db/database.ts';
import { acknowledge, nextBatch } from '../db/outbox.ts';
import type { ApiClient } from './api-client.ts';

/**
 * Pushes the outbox in batches until it is empty. An entry leaves the outbox only after the
 * server acknowledged its op id, so a dropped connection means a retry, never a loss; and a
 * retry of an op the server already applied is acknowledged as a duplicate, never doubled.
 */
export async function pushOutbox(db: JobsmithDb, api: Pick<ApiClient, 'push'>, batchSize = MAX_PUSH_CHANGES): Promise<number> {
  let pushed = 0;
  for (;;) {
    const batch = await nextBatch(db, batchSize);
    if (batch.length === 0) return pushed;
    const result = await api.push({ changes: batch.map((entry) => entry.change) });
    const acked = [...result.applied, ...result.duplicates];
    await acknowledge(db, acked);
    pushed += result.applied.length;
    // A server that acknowledged nothing would make this loop spin; stop and retry later.
    if (acked.length === 0) throw new Error('server acknowledged none of the pushed changes');
  }
}
