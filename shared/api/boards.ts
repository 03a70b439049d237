import { z } from 'zod';
import { BoardRefSchema } from '../boards/registry.ts';
import { Timestamp } from '../schemas/common.ts';
import { FollowKind } from '../schemas/follow.ts';
import { JobCapture } from '../schemas/job.ts';

/**
 * The boards API's wire format (issue 17): the jobs the worker read from the boards a user
 * follows, and the board a pasted careers address names.
 */

/** Closed jobs are listed this long after they closed, so every device hears of it. */
export const CLOSED_JOBS_LISTED_DAYS = 30;
export const MAX_BOARD_JOBS_PAGE = 500;

export const BoardJobsQuery = z.object({
  /**
   * The `cursor` of the previous page, or a time (epoch ms): jobs that changed for this user after
   * it. Absent: every open job and every job closed in the last CLOSED_JOBS_LISTED_DAYS.
   */
  since: z.string().max(1200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_BOARD_JOBS_PAGE).default(200),
});

export const BoardJob = z.object({
  /** The board's key, as the user's follow names it. */
  boardKey: z.string(),
  /** The posting's key within its board (the API's id, or its address). */
  jobKey: z.string(),
  /** The job as read, with the company as the user's follow names it (and its dedupe key to match). */
  job: JobCapture,
  firstSeenAt: Timestamp,
  lastSeenAt: Timestamp,
  /** When it left its board; null while open. */
  closedAt: Timestamp.nullable(),
  /** When it last changed for this user: read, changed, closed, reopened, or its board newly followed. */
  changedAt: Timestamp,
});
export type BoardJob = z.infer<typeof BoardJob>;

export const BoardJobsResponse = z.object({
  jobs: z.array(BoardJob),
  /** Pass as `since` next time. */
  cursor: z.string(),
  /** More jobs wait after `cursor`: ask again. */
  more: z.boolean(),
});
export type BoardJobsResponse = z.infer<typeof BoardJobsResponse>;

export const ResolveBoardRequest = z.object({ url: z.string().trim().min(1).max(4096) });

export const ResolveBoardResponse = z.object({
  board: BoardRefSchema,
  boardKey: z.string(),
  kind: FollowKind,
  /** The API in words: "Greenhouse", "Remotive". */
  label: z.string(),
});
export type ResolveBoardResponse = z.infer<typeof ResolveBoardResponse>;
