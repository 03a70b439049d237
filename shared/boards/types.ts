import type { JobCapture } from '../schemas/job.ts';
import type { SiteId } from '../sites/registry.ts';
import type { FeedId } from './feeds.ts';

/**
 * The words every board reader and the driver share. A board is one employer's list of open jobs
 * as its ATS publishes it through a public, documented job-board API (or a public feed's whole
 * list); a reader turns that API's answers into `JobCapture`s, one file per API.
 */

/** The ATSs whose public job-board APIs Jobsmith reads: each is also a site unit (shared/sites/). */
export const ATS_BOARD_KINDS = [
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'smartrecruiters',
  'recruitee',
  'personio',
  'workable',
  'teamtailor',
] as const satisfies readonly SiteId[];
export type AtsBoardKind = (typeof ATS_BOARD_KINDS)[number];
export type BoardKind = AtsBoardKind | FeedId;

/**
 * Which board: enough to address its API and nothing else. Built by `boardFromUrl()` or stored
 * with a follow; check one from outside with `acceptsBoard()` before reading it (a host outside
 * the ATS's own is never fetched).
 */
export interface BoardRef {
  kind: BoardKind;
  /**
   * The board's name in its API: Greenhouse board token, Lever site, Ashby job board name,
   * Workday tenant, SmartRecruiters company identifier, the Recruitee, Personio or Teamtailor
   * subdomain, the Workable account; a feed's category ("all" for the whole feed).
   */
  slug: string;
  /** Workday only: the career site ("External" in https://acme.wd5.<workday host>/en-US/External). */
  site?: string;
  /**
   * The host the board lives on where the API has several: Workday's tenant host, Lever's EU
   * instance, Personio's .com domain, Teamtailor's regional hosts. Absent: the API's default.
   */
  host?: string;
  /** The employer as the user knows it (the company of the job they followed from): wins over the API's legal name. */
  company?: string;
}

/** One HTTP request a reader asks for. The driver sends it; the reader reads the answer. */
export interface BoardRequest {
  url: string;
  method: 'GET' | 'POST';
  /** A JSON body (Workday's search). */
  body?: string;
  /** What the answer is: the body's format, and whether it lists the board or completes one job. */
  format: 'json' | 'xml';
  step: 'list' | 'detail';
  /** What the reader needs back with the answer: the page's offset, or the listing a detail completes. */
  carry?: unknown;
}

/** A job read from a board: the capture every module takes, and when the board last changed it. */
export interface BoardPosting {
  job: JobCapture;
  /** The API's own "updated" time (ISO 8601) where it states one; a changed value means a changed job. */
  updatedAt: string | null;
}

/** What reading one answer gave: finished postings, and the requests still to make (next page, details). */
export interface ReadStep {
  postings: BoardPosting[];
  next: BoardRequest[];
}

export interface ReadContext {
  /** For dates an API states relative to today ("Posted 3 Days Ago"). */
  now: Date;
}

/** One ATS's (or feed's) public API: how to recognise its boards, ask for them and read the answers. */
export interface BoardReader {
  kind: BoardKind;
  /** WebExtension match patterns of the API's hosts: the optional host permissions the extension asks for on first follow. */
  apiMatches: readonly string[];
  /** The shortest interval between two reads of one board that the API's guidance allows. */
  minIntervalMinutes: number;
  /** The board a job page, careers page or API address names; null when it names none of this API's. */
  fromUrl(url: URL): BoardRef | null;
  /** Whether the ref's slug and host are ones this API can have (so a stored or pasted ref never sends a request elsewhere). */
  accepts(ref: BoardRef): boolean;
  /** The first request for the board's list. */
  start(ref: BoardRef): BoardRequest;
  /** Reads one answer's body; throws `BoardError` ('malformed') when it is not the API's shape. */
  read(ref: BoardRef, request: BoardRequest, body: string, context: ReadContext): ReadStep;
  /** The job as its listing alone describes it, when its detail request failed (APIs that list first, detail after). */
  fromListing?(ref: BoardRef, request: BoardRequest, context: ReadContext): BoardPosting | null;
}
