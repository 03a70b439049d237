import { z } from 'zod';
import { siteById } from '../sites/registry.ts';
import { ashbyBoard } from './ashby.ts';
import { FEED_IDS, FEED_LABELS, type FeedId } from './feeds.ts';
import { greenhouseBoard } from './greenhouse.ts';
import { leverBoard } from './lever.ts';
import { personioBoard } from './personio.ts';
import { recruiteeBoard } from './recruitee.ts';
import { remotiveFeed } from './remotive.ts';
import { smartrecruitersBoard } from './smartrecruiters.ts';
import { teamtailorBoard } from './teamtailor.ts';
import { ATS_BOARD_KINDS, type BoardKind, type BoardReader, type BoardRef } from './types.ts';
import { workableBoard } from './workable.ts';
import { workdayBoard } from './workday.ts';

/**
 * Every board reader, one per public job-board API, and what callers need to find one:
 *
 *   boardFromUrl(url)      the board a job page, careers page or API address names (or null)
 *   BoardRefSchema         a ref as it crosses a wire or sits in storage, checked (acceptsBoard)
 *   boardKey(ref)          one string per board, however many users follow it (dedupe of follows)
 *   readerOf(kind)         the reader: apiMatches (host permissions), minIntervalMinutes (politeness)
 *   boardLabel(kind)       "Greenhouse", "Remotive"
 *
 * Reading a board is `fetchBoard()` (./fetch-board.ts).
 */

export const BOARD_READERS: readonly BoardReader[] = [
  greenhouseBoard,
  leverBoard,
  ashbyBoard,
  workdayBoard,
  smartrecruitersBoard,
  recruiteeBoard,
  personioBoard,
  workableBoard,
  teamtailorBoard,
  remotiveFeed,
];

export const BOARD_KINDS = [...ATS_BOARD_KINDS, ...FEED_IDS] as const;

export function readerOf(kind: BoardKind): BoardReader {
  const reader = BOARD_READERS.find((r) => r.kind === kind);
  if (!reader) throw new Error(`no board reader for ${kind}`);
  return reader;
}

/** Minutes between two reads of a board: the reader's configured interval, or the API's own minimum when that is longer. */
export function readIntervalMinutes(kind: BoardKind, configured: number): number {
  return Math.max(configured, readerOf(kind).minIntervalMinutes);
}

/** The board an address names: an ATS's job page, its careers page or its API, or a feed's page. Null for anything else. */
export function boardFromUrl(text: string): BoardRef | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  for (const reader of BOARD_READERS) {
    const ref = reader.fromUrl(url);
    if (ref) return ref;
  }
  return null;
}

/** Whether a ref names a board its reader can address (no host outside the API's own, a slug of the API's form). */
export function acceptsBoard(ref: BoardRef): boolean {
  return BOARD_READERS.some((r) => r.kind === ref.kind && r.accepts(ref));
}

export const BoardRefSchema = z
  .object({
    kind: z.enum(BOARD_KINDS),
    slug: z.string().min(1).max(100),
    site: z.string().max(100).optional(),
    host: z.string().max(253).optional(),
    company: z.string().max(200).optional(),
  })
  .refine(acceptsBoard, 'not a board this API can have');

/** One key per board: the same board followed from two job pages (or by two users) is read once. */
export function boardKey(ref: BoardRef): string {
  const slug = ref.kind === 'ashby' || ref.kind === 'smartrecruiters' ? ref.slug : ref.slug.toLowerCase();
  return [ref.kind, ref.host ?? '', slug, ref.site ?? ''].join(':');
}

/** How the board's API reads in a sentence: the ATS's label, or the feed's name. */
export function boardLabel(kind: BoardKind): string {
  return siteById(kind)?.label ?? FEED_LABELS[kind as FeedId] ?? kind;
}
