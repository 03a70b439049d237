import { DAY } from '../../../shared/analytics/dates.ts';
import { EventsRequest, EventsResponse, type IncomingEvent, MAX_EVENTS_PER_BATCH } from '../../../shared/api/events.ts';
import { EVENT_VERSION, JobsmithEvent } from '../../../shared/schemas/event.ts';
import type { Db } from '../db/client.ts';
import { events as eventsTable } from '../db/schema/index.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';
import { addEventUsage, type Quota, quotaOf } from '../lib/quota.ts';

/** Device clocks drift and time zones confuse: a day ahead of the server is still believable. */
const MAX_FUTURE_MS = DAY;
/** Jobsmith did not exist before this: an earlier time is a zeroed or broken clock. */
const EARLIEST = Date.UTC(2000, 0, 1);

function shown(at: number): string {
  return Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : String(at);
}

/** The event as stored, or why it is refused. */
function checkEvent(raw: IncomingEvent, now: number): JobsmithEvent | string {
  const v = raw.v;
  if (typeof v === 'number' && Number.isInteger(v) && v > EVENT_VERSION) {
    return `event format version ${v} is newer than this server reads (up to ${EVENT_VERSION}); it is not stored`;
  }
  const parsed = JobsmithEvent.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`)
      .join('; ');
  }
  const { at } = parsed.data;
  if (at < EARLIEST) return `at ${shown(at)} is before 2000: the device's clock was wrong`;
  if (at > now + MAX_FUTURE_MS) return `at ${shown(at)} is more than a day in the future: the device's clock is wrong`;
  return parsed.data;
}

/** Stores a batch idempotently by event id; each event is stored, a duplicate, or rejected with a reason. */
export async function storeEvents(db: Db, userId: string, batch: IncomingEvent[], now: number, quota: Quota): Promise<EventsResponse> {
  const result: EventsResponse = { stored: [], duplicates: [], rejected: [] };
  const accepted = new Map<string, JobsmithEvent>();
  const order: Array<{ id: string; repeat: boolean }> = [];
  for (const raw of batch) {
    const checked = checkEvent(raw, now);
    if (typeof checked === 'string') result.rejected.push({ id: raw.id, reason: checked });
    else {
      order.push({ id: checked.id, repeat: accepted.has(checked.id) });
      if (!accepted.has(checked.id)) accepted.set(checked.id, checked);
    }
  }
  if (accepted.size === 0) return result;
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(eventsTable)
      .values(
        [...accepted.values()].map((e) => ({
          userId,
          id: e.id,
          type: e.type,
          at: new Date(e.at),
          applicationId: e.applicationId,
          jobId: e.jobId,
          props: e.props,
          v: e.v,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: eventsTable.id });
    await addEventUsage(tx, userId, rows.length, quota);
    return rows;
  });
  const fresh = new Set(inserted.map((r) => r.id));
  for (const { id, repeat } of order) (!repeat && fresh.has(id) ? result.stored : result.duplicates).push(id);
  return result;
}

export const events = newRouter().openapi(
  userRoute({
    method: 'post',
    path: '/',
    tags: ['analytics'],
    summary: 'Store a batch of analytics events (idempotent by event id)',
    description: `At most ${MAX_EVENTS_PER_BATCH} events. An event from a newer format version, or dated before 2000 or more than a day ahead, is rejected on its own with a reason; the others are stored.`,
    request: { body: jsonBody(EventsRequest) },
    responses: {
      200: jsonResponse(EventsResponse, 'What became of each event'),
      ...errorResponses(400, 401, 413),
    },
  }),
  async (c) => {
    const { events: batch } = c.req.valid('json');
    return c.json(await storeEvents(c.var.db(), c.var.user.id, batch, c.var.now(), quotaOf(c.env)), 200);
  },
);
