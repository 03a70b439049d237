import {
  BoardJobsQuery,
  BoardJobsResponse,
  CLOSED_JOBS_LISTED_DAYS,
  ResolveBoardRequest,
  ResolveBoardResponse,
} from '../../../shared/api/boards.ts';
import { boardFromUrl, boardKey, boardLabel } from '../../../shared/boards/registry.ts';
import { ATS_BOARD_KINDS } from '../../../shared/boards/types.ts';
import { followKindOf } from '../../../shared/schemas/follow.ts';
import { jobsForUser } from '../boards/jobs-for-user.ts';
import { ApiError } from '../lib/errors.ts';
import { errorResponses, jsonBody, jsonResponse, newRouter, userRoute } from '../lib/openapi.ts';

/** "Greenhouse, Lever, … or Teamtailor": the ATSs whose boards can be followed. */
const KNOWN = ATS_BOARD_KINDS.map(boardLabel)
  .join(', ')
  .replace(/, ([^,]+)$/, ' or $1');

export const boards = newRouter()
  .openapi(
    userRoute({
      method: 'get',
      path: '/jobs',
      tags: ['boards'],
      summary: 'Jobs the worker read from the boards this user follows, in the order they changed',
      description: `The boards are those of the user's own live follow records (synced like every record). Open jobs, and jobs closed in the last ${CLOSED_JOBS_LISTED_DAYS} days (closedAt set: gone from their board). Page with \`since\` = the last answer's \`cursor\`.`,
      request: { query: BoardJobsQuery },
      responses: { 200: jsonResponse(BoardJobsResponse, 'A page of jobs'), ...errorResponses(400, 401) },
    }),
    async (c) => {
      const { since, limit } = c.req.valid('query');
      return c.json(await jobsForUser(c.var.db(), c.var.user.id, since, limit, c.var.now()), 200);
    },
  )
  .openapi(
    userRoute({
      method: 'post',
      path: '/resolve',
      tags: ['boards'],
      summary: 'The job board a careers, job or API address names, to follow it',
      request: { body: jsonBody(ResolveBoardRequest) },
      responses: { 200: jsonResponse(ResolveBoardResponse, 'The board'), ...errorResponses(400, 401) },
    }),
    (c) => {
      const { url } = c.req.valid('json');
      const board = boardFromUrl(url);
      if (!board)
        throw new ApiError(400, 'unknown_board', `no board Jobsmith knows at this address: paste a job or careers page of ${KNOWN}`);
      return c.json({ board, boardKey: boardKey(board), kind: followKindOf(board), label: boardLabel(board.kind) }, 200);
    },
  );
