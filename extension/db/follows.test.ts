import { describe, expect, it } from 'vitest';
import { boardFromUrl } from '../../shared/boards/registry.ts';
import type { BoardRef } from '../../shared/boards/types.ts';
import { Follow } from '../../shared/schemas/follow.ts';
import { PushRequest } from '../../shared/sync/protocol.ts';
import { freshDb } from '../test/helpers.ts';
import { followBoard, listFollows, unfollow } from './follows.ts';

const ACME = boardFromUrl('https://job-boards.greenhouse.io/acme/jobs/4100001') as BoardRef;
const REMOTIVE: BoardRef = { kind: 'remotive', slug: 'all' };

describe('follows', () => {
  it('a follow is a synced record: stored, stamped and queued as a valid change', async () => {
    const db = freshDb();
    const follow = await followBoard(db, ACME, 'Acme Robotics', 1000);
    expect(follow).toMatchObject({ board: ACME, boardKey: 'greenhouse::acme:', company: 'Acme Robotics', kind: 'company' });
    expect(Object.keys(follow.clocks).sort()).toEqual(['board', 'boardKey', 'company', 'deletedAt', 'kind']);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.change.entity)).toEqual(['follow']);
    expect(PushRequest.safeParse({ changes: outbox.map((e) => e.change) }).success).toBe(true);
  });

  it('following a board twice is one follow; a new label renames it; a feed is labelled by its name', async () => {
    const db = freshDb();
    const first = await followBoard(db, ACME, '', 1000);
    expect(first.company).toBe('');
    expect((await followBoard(db, { ...ACME, slug: 'ACME' }, '', 2000)).id).toBe(first.id);
    const renamed = await followBoard(db, ACME, 'Acme', 3000);
    expect([renamed.id, renamed.company]).toEqual([first.id, 'Acme']);
    const feed = await followBoard(db, REMOTIVE, '', 4000);
    expect([feed.kind, feed.company]).toEqual(['feed', 'Remotive']);
    expect((await listFollows(db)).map((f) => f.company)).toEqual(['Acme', 'Remotive']);
    expect(await db.outbox.count()).toBe(3);
  });

  it('unfollowing leaves a tombstone that syncs; following again is a new record', async () => {
    const db = freshDb();
    const first = await followBoard(db, ACME, 'Acme', 1000);
    await unfollow(db, first.id, 2000);
    expect(await listFollows(db)).toEqual([]);
    expect((await db.follows.get(first.id))?.deletedAt).toBe(2000);
    const again = await followBoard(db, ACME, 'Acme', 3000);
    expect(again.id).not.toBe(first.id);
  });

  it('the schema refuses a key that is not the board’s, a kind that is not its kind, and a host outside the API’s', () => {
    const base = {
      id: '01J00000000000000000000000',
      createdAt: 1,
      updatedAt: 1,
      board: ACME,
      boardKey: 'greenhouse::acme:',
      kind: 'company',
    };
    expect(Follow.safeParse(base).success).toBe(true);
    expect(Follow.safeParse({ ...base, boardKey: 'greenhouse::other:' }).success).toBe(false);
    expect(Follow.safeParse({ ...base, kind: 'feed' }).success).toBe(false);
    expect(Follow.safeParse({ ...base, board: { ...ACME, host: 'evil.example' } }).success).toBe(false);
  });
});
