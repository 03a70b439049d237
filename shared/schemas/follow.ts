import { z } from 'zod';
import { FEED_IDS, FEED_LABELS, type FeedId } from '../boards/feeds.ts';
import { BoardRefSchema, boardKey } from '../boards/registry.ts';
import type { BoardRef } from '../boards/types.ts';
import { SyncMeta } from './common.ts';

/** A company's own board (an ATS), or a public feed the user switched on. */
export const FollowKind = z.enum(['company', 'feed']);
export type FollowKind = z.infer<typeof FollowKind>;

export function followKindOf(ref: Pick<BoardRef, 'kind'>): FollowKind {
  return (FEED_IDS as readonly string[]).includes(ref.kind) ? 'feed' : 'company';
}

/**
 * A board the user follows (issue 17), synced like every record. The board is checked by its
 * reader (BoardRefSchema: no host outside the API's own), and `boardKey` is the key the worker
 * reads it under, once however many users follow it. `company` is the employer as the user
 * knows it (the job they followed from, or what they typed): the jobs read from the board carry
 * it, so they meet the jobs seen on LinkedIn under one dedupe key. A follow is never edited into
 * another board: unfollowing is a tombstone, following again a new record.
 */
export const Follow = z
  .object({
    ...SyncMeta.shape,
    board: BoardRefSchema,
    boardKey: z.string().min(1).max(600),
    company: z.string().trim().max(200).default(''),
    kind: FollowKind,
  })
  .refine((f) => f.boardKey === boardKey(f.board), { path: ['boardKey'], message: 'is not the key of this board' })
  .refine((f) => f.kind === followKindOf(f.board), { path: ['kind'], message: 'does not match the board (a feed or a company)' });
export type Follow = z.infer<typeof Follow>;

/** The fields of a new follow of `ref` (the caller adds the sync fields). */
export function followFields(ref: BoardRef, company: string): Pick<Follow, 'board' | 'boardKey' | 'company' | 'kind'> {
  const kind = followKindOf(ref);
  const label = company.trim() || ref.company?.trim() || (kind === 'feed' ? FEED_LABELS[ref.kind as FeedId] : '');
  return { board: ref, boardKey: boardKey(ref), company: label, kind };
}
