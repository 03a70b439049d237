// Discover at scale (issue 17): read 1,000 boards of 50 jobs each (50,000 postings), every
// public board API in turn, as their answers come (JSON or XML, pages and details), through
// the job pipeline into JobCaptures, then score each against one profile. The answers are made
// first by the fake APIs (shared/testing/boards/) with public postings' real titles and texts
// (bench/ranking/postings.json), so the timing is reading and scoring, not making answers.
import { readFileSync } from 'node:fs';
import { escapeText } from 'entities/escape';
import { fetchBoard, type HttpFetch } from '../shared/boards/fetch-board.ts';
import { BOARD_READERS } from '../shared/boards/registry.ts';
import type { BoardRef } from '../shared/boards/types.ts';
import { createMatcher } from '../shared/match/score.ts';
import type { JobCapture } from '../shared/schemas/job.ts';
import { FAKE_APIS, type FakeBoard, fakeFetch, fakePostings } from '../shared/testing/boards/index.ts';
import { BACKEND_ENGINEER } from '../shared/testing/sample-profiles.ts';
import { measure, type Summary } from './stats.ts';

type Record = (name: string, summary: Summary, unit?: string) => void;

export interface BoardsBenchResult {
  boards: number;
  postings: number;
  /** Reading every board's answers into captures, all boards: wall time, and CPU time (what a shared machine's load does not inflate). */
  normaliseMs: number;
  normaliseCpuMs: number;
  /** Scoring every capture against the profile. */
  scoreMs: number;
  scoreCpuMs: number;
  /** Read and scored, wall time. */
  perPostingMs: number;
  /** The answers' text (JSON and XML bodies, all pages and details). */
  answersMB: number;
  /** Heap the 50,000 captures hold; the process's peak resident size (answers made, read and scored). */
  capturesHeapMB: number;
  peakRssMB: number;
}

const BOARDS = 1000;
const PER_BOARD = 50;
const now = new Date('2026-11-20T12:00:00Z');

interface PublicPosting {
  title: string;
  description: string;
}

function refOf(kind: BoardRef['kind'], i: number): BoardRef {
  if (kind === 'workday') return { kind, slug: `tenant${i}`, site: 'External', host: `tenant${i}.wd5.myworkdayjobs.com` };
  if (kind === 'remotive') return { kind, slug: `category-${i}` };
  return { kind, slug: `company${i}` };
}

/** The boards, each posting a public posting's title and text. */
function makeBoards(): FakeBoard[] {
  const publics = JSON.parse(readFileSync(new URL('./ranking/postings.json', import.meta.url), 'utf8')) as PublicPosting[];
  return Array.from({ length: BOARDS }, (_, b) => {
    const kind = BOARD_READERS[b % BOARD_READERS.length]?.kind ?? 'greenhouse';
    const postings = fakePostings(PER_BOARD, { idBase: 1_000_000 + b * PER_BOARD, now }).map((p, j) => {
      const source = publics[(b * PER_BOARD + j) % publics.length] as PublicPosting;
      return { ...p, title: source.title, summary: escapeText(source.description) };
    });
    return { ref: refOf(kind, b), company: `Company ${b}`, postings, now };
  });
}

/** Every answer each board's read asks for, made once: reading them again costs no fake API. */
async function recordAnswers(boards: FakeBoard[]): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  const fetch = fakeFetch(FAKE_APIS, boards);
  const recording: HttpFetch = async (url, init) => {
    const response = await fetch(url, init);
    answers.set(`${init.body ?? ''} ${url}`, await response.text());
    return response;
  };
  for (const board of boards) await fetchBoard(board.ref, { fetch: recording, now: () => now });
  return answers;
}

export async function boardsBench(record: Record): Promise<BoardsBenchResult> {
  const boards = makeBoards();
  const answers = await recordAnswers(boards);
  const replay: HttpFetch = async (url, init) => {
    const body = answers.get(`${init.body ?? ''} ${url}`) ?? '';
    return { status: 200, headers: { get: () => null }, text: async () => body };
  };
  const read = async (board: FakeBoard): Promise<JobCapture[]> => {
    const result = await fetchBoard(board.ref, { fetch: replay, now: () => now });
    if (result.status !== 'ok') throw new Error(`${board.ref.kind}: ${result.status}`);
    return result.postings.map((p) => p.job);
  };

  // Where the bench runs with --expose-gc, the heap figures hold only what is live.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const captures: JobCapture[][] = [];
  const cpu = (since?: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return Math.round((used.user + used.system) / 1000);
  };
  const cpuAtRead = process.cpuUsage();
  const normalise = await measure(BOARDS, 1, async (i) => void captures.push(await read(boards[i] as FakeBoard)));
  collect();
  const capturesHeapMB = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e5) / 10;
  const normaliseCpuMs = cpu(cpuAtRead);
  const score = createMatcher(BACKEND_ENGINEER, now);
  const cpuAtScore = process.cpuUsage();
  const scoring = await measure(BOARDS, 1, async (i) => {
    for (const job of captures[i] ?? []) score(job);
  });
  const scoreCpuMs = cpu(cpuAtScore);
  const postings = captures.reduce((n, list) => n + list.length, 0);
  if (postings !== BOARDS * PER_BOARD) throw new Error(`read ${postings} postings, not ${BOARDS * PER_BOARD}`);
  record('boards: read one board of 50 postings into captures', normalise);
  record('boards: score one board’s 50 captures against a profile', scoring);
  const total = (s: Summary) => Math.round((s.n / s.perSecond) * 1000);
  const normaliseMs = total(normalise);
  const scoreMs = total(scoring);
  return {
    boards: BOARDS,
    postings,
    normaliseMs,
    normaliseCpuMs,
    scoreMs,
    scoreCpuMs,
    perPostingMs: Math.round(((normaliseMs + scoreMs) / postings) * 1000) / 1000,
    answersMB: Math.round([...answers.values()].reduce((n, body) => n + body.length, 0) / 1e5) / 10,
    capturesHeapMB,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
