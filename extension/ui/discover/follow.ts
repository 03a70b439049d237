import { browser } from 'wxt/browser';
import { readerOf } from '../../../shared/boards/registry.ts';
import type { BoardRef } from '../../../shared/boards/types.ts';
import type { Follow } from '../../../shared/schemas/follow.ts';
import { database } from '../../db/database.ts';
import { followBoard, unfollow } from '../../db/follows.ts';
import { ask } from '../background.ts';
import { loadDiscover } from './data.ts';

/**
 * Following and unfollowing from the panel. Reading a board from this browser needs its API's
 * host (an optional permission): the request must be the click's first step, as browsers allow
 * the prompt only inside the user's action. Refused, the follow still stands: signed in, the
 * server reads the board; signed out, the New tab offers the permission again.
 */

export interface Followed {
  follow: Follow;
  /** Whether this browser may read the board itself, once the user answered the prompt. */
  readable: Promise<boolean>;
}

/** Asks for the board API's host. Call first thing in a click handler (no await before it). */
export function askToRead(ref: BoardRef): Promise<boolean> {
  return browser.permissions.request({ origins: [...readerOf(ref.kind).apiMatches] }).catch(() => false);
}

/**
 * Follows the board at once (the follow syncs, and signed in the server reads it whatever the
 * prompt's answer), then reads it on this device as soon as the user allows it: its jobs show
 * without waiting for the schedule.
 */
export async function followAndRead(ref: BoardRef, company: string, permission: Promise<boolean>): Promise<Followed> {
  const follow = await followBoard(database(), ref, company, Date.now());
  ask({ type: 'sync/now' }).catch(() => undefined);
  await loadDiscover();
  const readable = permission.then(async (granted) => {
    // Signed in, the refresh also pulls whatever the worker already read.
    await ask({ type: 'boards/refresh', boardKey: follow.boardKey }).catch(() => undefined);
    await loadDiscover();
    return granted;
  });
  return { follow, readable };
}

export async function stopFollowing(follow: Follow): Promise<void> {
  await unfollow(database(), follow.id, Date.now());
  ask({ type: 'sync/now' }).catch(() => undefined);
  await loadDiscover();
}
