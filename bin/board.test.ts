import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobCapture } from '../shared/schemas/job.ts';
import { fakePostings } from '../shared/testing/boards/index.ts';
import { BACKEND_ENGINEER } from '../shared/testing/sample-profiles.ts';
import { type FakeBoards, startFakeBoards } from '../worker/test/fake-boards.ts';
import { jobsmith, jsonLines } from './run-cli.ts';

let fake: FakeBoards;
beforeAll(async () => {
  fake = await startFakeBoards([
    { ref: { kind: 'greenhouse', slug: 'acme' }, company: 'Acme Robotics', postings: fakePostings(12) },
    { ref: { kind: 'lever', slug: 'closedco' }, company: 'Closed Co', postings: [], mode: { kind: 'closed' } },
    {
      ref: { kind: 'ashby', slug: 'busy' },
      company: 'Busy',
      postings: fakePostings(2),
      mode: { kind: 'rate-limited', retryAfterSeconds: 120 },
    },
    { ref: { kind: 'recruitee', slug: 'broken' }, company: 'Broken', postings: fakePostings(2), mode: { kind: 'malformed' } },
    { ref: { kind: 'recruitee', slug: 'slow' }, company: 'Slow', postings: fakePostings(2), mode: { kind: 'slow', ms: 4000 } },
    { ref: { kind: 'teamtailor', slug: 'quiet' }, company: 'Quiet', postings: [] },
  ]);
});
afterAll(() => fake.close());

describe('jobsmith board', () => {
  it('prints the open jobs of the board a careers URL names, one JSON line each, ready for match', async () => {
    const result = await jobsmith('board', 'https://job-boards.greenhouse.io/acme/jobs/4100003', '--api-base', fake.url);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(12);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(first).toMatchObject({ id: expect.stringMatching(/^[0-9A-Z]{26}$/), source: 'greenhouse', company: 'Acme Robotics' });
    expect(JobCapture.safeParse(first).success).toBe(true);
    expect(result.stderr.trim()).toBe('jobsmith: 12 open jobs on the Greenhouse board "acme"');

    const dir = mkdtempSync(join(tmpdir(), 'jobsmith-board-'));
    writeFileSync(join(dir, 'jobs.jsonl'), result.stdout);
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(BACKEND_ENGINEER));
    const matched = await jobsmith('match', '--profile', join(dir, 'profile.json'), '--jobs', join(dir, 'jobs.jsonl'));
    expect(matched.code).toBe(0);
    const scores = jsonLines(matched.stdout);
    expect(scores.map((s) => s.id)).toEqual(lines.map((line) => JSON.parse(line).id));
    expect(scores.every((s) => typeof s.score === 'number')).toBe(true);
  });

  it('takes the company the user knows', async () => {
    const result = await jobsmith('board', 'https://boards.greenhouse.io/acme', '--api-base', fake.url, '--company', 'Acme');
    expect(JSON.parse(result.stdout.split('\n')[0] ?? '{}').company).toBe('Acme');
  });

  it('prints nothing for an empty board', async () => {
    const result = await jobsmith('board', 'https://quiet.teamtailor.com/jobs', '--api-base', fake.url);
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 2 with one line when the URL is no board Jobsmith knows', async () => {
    for (const url of ['https://www.linkedin.com/jobs/view/4087654321/', 'https://careers.example.com/jobs', 'nonsense']) {
      const result = await jobsmith('board', url);
      expect(result.code, url).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([`jobsmith: ${url} is no job board Jobsmith knows`]);
    }
  });

  it('says in one line why a board could not be read', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['https://jobs.lever.co/closedco', 1, /no such board .* \(HTTP 404\)$/],
      ['https://jobs.ashbyhq.com/busy', 75, /rate limited .*try again in 120s$/],
      ['https://broken.recruitee.com/', 65, /malformed answer/],
    ];
    for (const [url, code, message] of cases) {
      const result = await jobsmith('board', url, '--api-base', fake.url);
      expect(result.code, url).toBe(code);
      expect(result.stderr.trim().split('\n'), url).toHaveLength(1);
      expect(result.stderr.trim(), url).toMatch(message);
    }
  });

  it('gives up on a slow answer after --timeout', async () => {
    const result = await jobsmith('board', 'https://slow.recruitee.com/o/anything', '--api-base', fake.url, '--timeout', '1');
    expect(result.code).toBe(75);
    expect(result.stderr).toMatch(/no answer in time/);
  });
});
