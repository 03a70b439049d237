import { sql } from 'drizzle-orm';
import { type BoardJob, type BoardJobsResponse, CLOSED_JOBS_LISTED_DAYS } from '../../../shared/api/boards.ts';
import { dedupeKey } from '../../../shared/job/dedupe-key.ts';
import type { JobCapture } from '../../../shared/schemas/job.ts';
import type { Db } from '../db/client.ts';
import { ApiError } from '../lib/errors.ts';

/** A position in a user's stream of board jobs: the change time, then the board and job keys to break ties. */
interface Cursor {
  ms: number;
  boardKey: string;
  jobKey: string;
}

const SEPARATOR = '|';

export function encodeCursor(cursor: Cursor): string {
  return [String(cursor.ms), encodeURIComponent(cursor.boardKey), encodeURIComponent(cursor.jobKey)].join(SEPARATOR);
}

/** A cursor this route gave, or a bare time (epoch ms: everything after it); anything else is the client's mistake. */
export function decodeCursor(text: string | undefined): Cursor {
  if (!text) return { ms: 0, boardKey: '', jobKey: '' };
  // Every key is longer than '': (ms + 1, '', '') is just before the first change after ms.
  if (/^\d{1,15}$/.test(text)) return { ms: Number(text) + 1, boardKey: '', jobKey: '' };
  const parts = text.split(SEPARATOR);
  const [ms, boardKey, jobKey] = parts;
  try {
    if (parts.length === 3 && ms && /^\d{1,15}$/.test(ms) && boardKey !== undefined && jobKey !== undefined)
      return { ms: Number(ms), boardKey: decodeURIComponent(boardKey), jobKey: decodeURIComponent(jobKey) };
  } catch {
    // A broken escape: refused below.
  }
  throw new ApiError(400, 'bad_request', 'since: not a cursor this route gave, nor a time in epoch milliseconds');
}

interface Row extends Record<string, unknown> {
  board_key: string;
  job_key: string;
  job: JobCapture;
  label: string | null;
  first_seen_ms: string;
  last_seen_ms: string;
  closed_ms: string | null;
  changed_ms: string;
}

/** The job as this user knows its company: their follow's label wins, and the dedupe key follows it (shared/boards/posting.ts companyOf). */
function labelled(job: JobCapture, label: string | null): JobCapture {
  const company = label?.trim();
  if (!company || company === job.company) return job;
  return { ...job, company, dedupeKey: dedupeKey(company, job.title) };
}

/**
 * The jobs of the boards `userId` follows (their own live follow records, nothing else), in the
 * order they changed for this user after `since`: open ones and those closed within
 * CLOSED_JOBS_LISTED_DAYS. A job's change time for the user is the later of its own last change
 * and the time their follow of its board was last written, so a board followed today brings
 * every one of its open jobs, however long ago the worker first read them.
 */
export async function jobsForUser(
  db: Db,
  userId: string,
  since: string | undefined,
  limit: number,
  now: number,
): Promise<BoardJobsResponse> {
  const after = decodeCursor(since);
  const closedSince = new Date(now - CLOSED_JOBS_LISTED_DAYS * 24 * 60 * 60_000).toISOString();
  const rows = await db.execute<Row>(sql`
    with follows as (
      select r.data ->> 'boardKey' as board_key,
             max(r.updated_at) as followed_at,
             (array_agg(r.data ->> 'company' order by r.updated_at desc) filter (where r.data ->> 'kind' = 'company'))[1] as label
      from records r
      where r.user_id = ${userId} and r.entity = 'follow' and (r.data ->> 'deletedAt') is null
      group by 1
    ), changes as (
      select j.board_key, j.job_key, j.job, f.label, j.first_seen_at, j.last_seen_at, j.closed_at,
             floor(extract(epoch from greatest(j.updated_at, f.followed_at)) * 1000)::bigint as changed_ms
      from board_jobs j join follows f on f.board_key = j.board_key
      where j.closed_at is null or j.closed_at > ${closedSince}::timestamptz
    )
    select board_key, job_key, job, label, changed_ms::text as changed_ms,
           floor(extract(epoch from first_seen_at) * 1000)::bigint::text as first_seen_ms,
           floor(extract(epoch from last_seen_at) * 1000)::bigint::text as last_seen_ms,
           floor(extract(epoch from closed_at) * 1000)::bigint::text as closed_ms
    from changes
    where (changed_ms, board_key, job_key) > (${after.ms}::bigint, ${after.boardKey}::text, ${after.jobKey}::text)
    order by changed_ms, board_key, job_key
    limit ${limit + 1}`);
  const page = [...rows].slice(0, limit);
  const jobs: BoardJob[] = page.map((row) => ({
    boardKey: row.board_key,
    jobKey: row.job_key,
    job: labelled(row.job, row.label),
    firstSeenAt: Number(row.first_seen_ms),
    lastSeenAt: Number(row.last_seen_ms),
    closedAt: row.closed_ms === null ? null : Number(row.closed_ms),
    changedAt: Number(row.changed_ms),
  }));
  const last = jobs.at(-1);
  return {
    jobs,
    cursor: last ? encodeCursor({ ms: last.changedAt, boardKey: last.boardKey, jobKey: last.jobKey }) : (since ?? '0'),
    more: rows.length > limit,
  };
}
