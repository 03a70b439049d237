import type { JobsmithDb } from '../db/database.ts';
import { markSent, unsentEvents } from '../db/events.ts';
import { type ApiClient, ApiClientError } from './api-client.ts';

/**
 * Sends the device's analytics events to the worker in batches. An event leaves the queue
 * once the worker stored it, had it already, or refused it for good (a rejected event would
 * only be refused again); a server without the events route is not an error.
 */
export async function pushEvents(db: JobsmithDb, api: Pick<ApiClient, 'pushEvents'>, now: number, batchSize = 500): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await unsentEvents(db, batchSize);
    if (batch.length === 0) return sent;
    let result: Awaited<ReturnType<ApiClient['pushEvents']>>;
    try {
      result = await api.pushEvents(batch);
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 404) return sent;
      throw error;
    }
    const done = [...result.stored, ...result.duplicates, ...result.rejected.map((r) => r.id)];
    await markSent(db, done, now);
    sent += result.stored.length;
    if (done.length === 0) throw new Error('the server took none of the events');
  }
}
