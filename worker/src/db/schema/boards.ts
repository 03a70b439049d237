import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Public job boards read by the worker (issue 17): one row per board however many users follow
 * it (a follow record names it by `boardKey`, shared/boards/registry.ts). A board is registered
 * when a follow of it is pushed and read while at least one live follow names it
 * (worker/src/boards/schedule.ts, consume.ts).
 */
export const boards = pgTable(
  'boards',
  {
    key: text('key').primaryKey(),
    /** The BoardRef without a company label (each follower has their own). */
    ref: jsonb('ref').notNull(),
    /** The validators of the last read that had them, sent back as If-None-Match / If-Modified-Since. */
    etag: text('etag'),
    lastModified: text('last_modified'),
    /** Due from then on; the cron moves it forward when it sends the board to the queue, so it is sent once. */
    nextFetchAt: timestamp('next_fetch_at', { withTimezone: true }).notNull().defaultNow(),
    /** Failed reads in a row; a good read sets it back to 0. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** Not asked again before then (the API's Retry-After, or exponential backoff after failures). */
    backoffUntil: timestamp('backoff_until', { withTimezone: true }),
    /** ok | not-modified | a BoardFailureKind (closed, rate-limited, server, malformed …). */
    lastStatus: text('last_status'),
    /** When a read last ended in ok or not-modified. */
    fetchedAt: timestamp('fetched_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('boards_next_fetch_idx').on(t.nextFetchAt)],
);

/** The board a row is of: it goes when the board does. */
const boardKeyColumn = () =>
  text('board_key')
    .notNull()
    .references(() => boards.key, { onDelete: 'cascade' });

/**
 * The jobs read from each board. A job is one posting of the board (`jobKey`: the API's id, or its
 * address): two openings with one title in two cities are two rows with one dedupe key. A job gone
 * from its board gets `closedAt`, and is never deleted; one that comes back is open again.
 * `updatedAt` moves when the row changes for a reader (new, changed, closed, reopened): what
 * GET /v1/boards/jobs?since= follows.
 */
export const boardJobs = pgTable(
  'board_jobs',
  {
    boardKey: boardKeyColumn(),
    jobKey: text('job_key').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    /** The JobCapture as the board's reader made it (shared/schemas/job.ts). */
    job: jsonb('job').notNull(),
    /** The API's own "updated" time of the posting, where it states one. */
    sourceUpdatedAt: text('source_updated_at'),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.boardKey, t.jobKey] }),
    index('board_jobs_board_updated_idx').on(t.boardKey, t.updatedAt),
    index('board_jobs_dedupe_idx').on(t.boardKey, t.dedupeKey),
  ],
);

/** One row per read of a board: what it gave or why it failed (kept BOARD_FETCH_LOG_DAYS, schedule.ts). */
export const boardFetchLog = pgTable(
  'board_fetch_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    boardKey: boardKeyColumn(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /** ok | not-modified | a BoardFailureKind | skipped (read too recently: a message delivered twice). */
    status: text('status').notNull(),
    /** The HTTP status of the failing answer, when there was one. */
    httpStatus: integer('http_status'),
    /** The queue message's delivery attempt (1 for the first). */
    attempt: integer('attempt').notNull().default(1),
    requests: integer('requests').notNull().default(0),
    jobsSeen: integer('jobs_seen').notNull().default(0),
    jobsNew: integer('jobs_new').notNull().default(0),
    jobsChanged: integer('jobs_changed').notNull().default(0),
    jobsClosed: integer('jobs_closed').notNull().default(0),
    detailsMissing: integer('details_missing').notNull().default(0),
    error: text('error'),
  },
  (t) => [index('board_fetch_log_board_idx').on(t.boardKey, t.startedAt), index('board_fetch_log_started_idx').on(t.startedAt)],
);
