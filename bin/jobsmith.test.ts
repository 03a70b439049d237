import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function jobsmith(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/jobsmith.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('jobsmith extract', () => {
  it('prints the job on a saved page as JSON', async () => {
    const result = await jobsmith(
      'extract',
      'e2e/fixtures/sites/lever/posting.html',
      '--url',
      'https://jobs.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c',
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      source: 'lever',
      title: 'Field Service Technician',
      company: 'Harbor Robotics',
    });
  });

  it('exits 2 with one line when the page has no job', async () => {
    const result = await jobsmith(
      'extract',
      'e2e/fixtures/sites/generic/blog-post.html',
      '--url',
      'https://copperkettle.example/blog/how-we-hire',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['jobsmith: no job found in e2e/fixtures/sites/generic/blog-post.html']);
  });

  it('explains bad arguments', async () => {
    expect((await jobsmith('extract', 'page.html')).stderr).toContain('usage: jobsmith extract');
    expect((await jobsmith('extract', 'missing.html', '--url', 'https://x.example/jobs/1')).stderr).toContain('cannot read missing.html');
  });
});
