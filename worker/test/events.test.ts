import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/auth.ts';
import type { EventsResponse } from '../../shared/api/events.ts';
import { newId } from '../../shared/ids.ts';
import { json, signUp, testApi, withSql } from './harness.ts';

/** Monday 23 Nov 2026, noon UTC: the server's clock in these tests. */
const NOW = Date.UTC(2026, 10, 23, 12);
const HOUR = 3_600_000;
const api = testApi({}, { now: () => NOW });

function event(extra: Record<string, unknown> = {}) {
  return { id: newId(), type: 'job_viewed', at: NOW - HOUR, applicationId: null, jobId: null, props: {}, v: 1, ...extra };
}

async function post(token: string, body: unknown) {
  return api.request('/v1/events', json(body, token));
}

async function send(token: string, events: unknown[]) {
  const res = await post(token, { events });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as EventsResponse;
}

async function storedRows(userId: string) {
  return withSql(
    (sql) =>
      sql`select id, type, v, props, application_id, extract(epoch from at) * 1000 as at from events where user_id = ${userId} order by id`,
  );
}

describe('POST /v1/events', () => {
  it('stores a batch, and the same batch sent again is all duplicates', async () => {
    const { token, user } = await signUp(api);
    const applicationId = newId();
    const batch = [
      event({ type: 'job_saved', jobId: newId() }),
      event({ type: 'generation', applicationId, props: { costUsd: 0.0123, inputTokens: 1500, outputTokens: 300, task: 'resume' } }),
      event({ type: 'autofilled', props: { filled: 12, skipped: 2, remembered: true } }),
    ];
    const ids = batch.map((e) => e.id);
    expect(await send(token, batch)).toEqual({ stored: ids, duplicates: [], rejected: [] });
    expect(await send(token, batch)).toEqual({ stored: [], duplicates: ids, rejected: [] });

    const rows = await storedRows(user.id);
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
    const generation = rows.find((r) => r.type === 'generation');
    expect(generation).toMatchObject({ application_id: applicationId, v: 1 });
    expect(generation?.props).toEqual({ costUsd: 0.0123, inputTokens: 1500, outputTokens: 300, task: 'resume' });
    expect(Number(generation?.at)).toBe(NOW - HOUR);
  });

  it('an event sent twice in one batch is stored once and reported once as a duplicate', async () => {
    const { token, user } = await signUp(api);
    const one = event();
    const other = event();
    expect(await send(token, [one, other, one])).toEqual({ stored: [one.id, other.id], duplicates: [one.id], rejected: [] });
    expect(await storedRows(user.id)).toHaveLength(2);
  });

  it("stores an old client's event without `v` as version 1", async () => {
    const { token, user } = await signUp(api);
    const { v: _, ...old } = event({ type: 'submitted' });
    expect(await send(token, [old])).toEqual({ stored: [old.id], duplicates: [], rejected: [] });
    expect((await storedRows(user.id))[0]).toMatchObject({ id: old.id, v: 1 });
  });

  it('rejects an event of a newer format version with a reason, and stores the rest', async () => {
    const { token, user } = await signUp(api);
    const newer = event({ v: 2, type: 'offer_negotiated' });
    const fine = event();
    const result = await send(token, [newer, fine]);
    expect(result.stored).toEqual([fine.id]);
    expect(result.rejected).toEqual([
      { id: newer.id, reason: 'event format version 2 is newer than this server reads (up to 1); it is not stored' },
    ]);
    expect((await storedRows(user.id)).map((r) => r.id)).toEqual([fine.id]);
  });

  it('rejects impossible times per event: before 2000, or more than a day ahead of the server', async () => {
    const { token, user } = await signUp(api);
    const zeroed = event({ at: 0 });
    const y1999 = event({ at: Date.UTC(1999, 11, 31, 23, 59) });
    const ahead = event({ at: NOW + 25 * HOUR });
    const farAhead = event({ at: 1e20 });
    const skewed = event({ at: NOW + 23 * HOUR });
    const y2000 = event({ at: Date.UTC(2000, 0, 1) });
    const result = await send(token, [zeroed, y1999, ahead, farAhead, skewed, y2000]);
    expect(result.stored).toEqual([skewed.id, y2000.id]);
    expect(result.rejected).toEqual([
      { id: zeroed.id, reason: "at 1970-01-01T00:00:00.000Z is before 2000: the device's clock was wrong" },
      { id: y1999.id, reason: "at 1999-12-31T23:59:00.000Z is before 2000: the device's clock was wrong" },
      { id: ahead.id, reason: "at 2026-11-24T13:00:00.000Z is more than a day in the future: the device's clock is wrong" },
      { id: farAhead.id, reason: expect.stringContaining('at: ') },
    ]);
    expect(await storedRows(user.id)).toHaveLength(2);
  });

  it('rejects an event with a bad field on its own, naming the field', async () => {
    const { token } = await signUp(api);
    const badType = event({ type: 'teleported' });
    const badProps = event({ props: { note: 'x'.repeat(501) } });
    const badJob = event({ jobId: 'not-a-ulid' });
    const fine = event();
    const result = await send(token, [badType, badProps, badJob, fine]);
    expect(result.stored).toEqual([fine.id]);
    expect(result.rejected.map((r) => r.id)).toEqual([badType.id, badProps.id, badJob.id]);
    expect(result.rejected[0]?.reason).toMatch(/^type: /);
    expect(result.rejected[1]?.reason).toMatch(/^props\.note: /);
    expect(result.rejected[2]?.reason).toMatch(/^jobId: must be a ULID/);
  });

  it('refuses a malformed batch with 400 and stores nothing', async () => {
    const { token, user } = await signUp(api);
    const bodies: unknown[] = [
      [],
      { events: [] },
      { events: 'everything' },
      { events: Array.from({ length: 501 }, () => event()) },
      { events: [event(), { ...event(), id: 'x' }] },
      { events: [event(), 42] },
    ];
    for (const body of bodies) {
      const res = await post(token, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('bad_request');
    }
    const notJson = await api.request('/v1/events', { ...json({}, token), body: '{"events": [' });
    expect(notJson.status).toBe(400);
    expect(await storedRows(user.id)).toEqual([]);
  });

  it('refuses a 10,000-event body with 413 before reading it', async () => {
    const { token, user } = await signUp(api);
    const res = await post(token, { events: Array.from({ length: 10_000 }, () => event()) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
    expect(await storedRows(user.id)).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    const res = await api.request('/v1/events', json({ events: [event()] }));
    expect(res.status).toBe(401);
  });
});
