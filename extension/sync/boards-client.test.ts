import { describe, expect, it } from 'vitest';
import type { BoardRef } from '../../shared/boards/types.ts';
import { consume, fakeApis, fakeBoard, message, uniqueSlug } from '../../worker/test/boards-helpers.ts';
import { testApi } from '../../worker/test/harness.ts';
import { followBoard } from '../db/follows.ts';
import { nextBatch } from '../db/outbox.ts';
import type { Session } from '../settings.ts';
import { freshDb } from '../test/helpers.ts';
import { ApiClientError, createApiClient } from './api-client.ts';

/** The extension's client of the boards routes, against the real worker app. */
describe('boards client', () => {
  it('a follow made on the device syncs, and the jobs the worker read from its board come back', async () => {
    const api = testApi();
    let session: Session | null = null;
    const client = createApiClient({
      baseUrl: 'http://api.jobsmith.test',
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input));
        return api.request(url.pathname + url.search, init);
      }) as typeof fetch,
      getSession: async () => session,
      setSession: async (s) => {
        session = s;
      },
    });
    const signed = await client.signUp(`boards-${crypto.randomUUID()}@example.com`, 'correct horse battery', 'Test');
    if ('confirmationSentTo' in signed) throw new Error('no confirmation expected');
    session = signed;

    const resolved = await client.resolveBoard(`https://job-boards.greenhouse.io/${uniqueSlug()}`);
    const ref: BoardRef = resolved.board;
    const db = freshDb();
    const follow = await followBoard(db, ref, 'Acme', Date.now());
    expect(follow.boardKey).toBe(resolved.boardKey);
    await client.push({ changes: (await nextBatch(db, 10)).map((e) => e.change) });

    await consume({ clock: { now: Date.now() }, apis: fakeApis([fakeBoard(ref, 2)]) }, [message({ key: follow.boardKey })]);
    const page = await client.boardJobs();
    expect(page.jobs.map((j) => [j.boardKey, j.job.company])).toEqual([
      [follow.boardKey, 'Acme'],
      [follow.boardKey, 'Acme'],
    ]);
    expect((await client.boardJobs(page.cursor)).jobs).toEqual([]);

    const refused = await client.resolveBoard('https://www.linkedin.com/jobs/view/1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect((refused as ApiClientError).code).toBe('unknown_board');
  });
});
