import { describe, expect, it } from 'vitest';
import { readBody } from '../testing/boards/read.ts';
import { BoardError } from './errors.ts';
import type { BoardRef } from './types.ts';

// What each reader must refuse as malformed, not read as an empty board: answers that are not its
// API's (an error object, another API's list, a web page, half a body). A cut-off feed and a detail
// that is no job's stay with their reader's own tests.
const NOT_ANSWERS: [BoardRef, unknown[]][] = [
  [{ kind: 'ashby', slug: 'ramp' }, [{ success: false, errors: ['requested_job_not_found'] }, '{', '[]']],
  [{ kind: 'greenhouse', slug: 'stripe' }, ['<html>', '{"jobs":', JSON.stringify({ error: 'nope' }), JSON.stringify([])]],
  [
    { kind: 'lever', slug: 'harbor', company: 'Harbor Robotics' },
    [{ ok: false, error: 'Document not found' }, 'not json', '<html></html>'],
  ],
  [{ kind: 'personio', slug: 'momenta-europe-gmbh' }, ['<html><body>Page not found</body></html>', '{"jobs":[]}']],
  [{ kind: 'recruitee', slug: 'acme' }, [{ error: 'not found' }]],
  [{ kind: 'remotive', slug: 'all' }, [{ 'job-count': 0 }]],
  [{ kind: 'smartrecruiters', slug: 'ABOUTYOUGmbH' }, [{ message: 'nope' }, '<html>']],
  [{ kind: 'teamtailor', slug: 'tallbo' }, ['<!DOCTYPE html><html><head></head></html>']],
  [{ kind: 'workable', slug: 'huble' }, [{ name: 'Huble Digital' }]],
];

describe('every board reader', () => {
  it.each(NOT_ANSWERS.map(([ref, bodies]) => [ref.kind, ref, bodies] as const))(
    '%s throws a malformed BoardError for what is not its API’s answer',
    (_, ref, bodies) => {
      for (const body of bodies) expect(() => readBody(ref, body), JSON.stringify(body)).toThrow(BoardError);
    },
  );
});
