import { describe, expect, it } from 'vitest';
import { jobsmith, jobsmithWith, jsonLines } from './run-cli.ts';

/** `jobsmith extract` of a saved page, with the address it was saved from. */
const extract = (file: string, url: string) => jobsmith('extract', file, '--url', url);

describe('jobsmith extract', () => {
  it('prints the job on a saved page as JSON', async () => {
    const result = await extract(
      'e2e/fixtures/sites/lever/posting.html',
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
    const result = await extract('e2e/fixtures/sites/generic/blog-post.html', 'https://copperkettle.example/blog/how-we-hire');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['jobsmith: no job found in e2e/fixtures/sites/generic/blog-post.html']);
  });

  it('explains bad arguments', async () => {
    expect((await jobsmith('extract', 'page.html')).stderr).toContain('usage: jobsmith extract');
    expect((await jobsmith('extract', 'missing.html', '--url', 'https://x.example/jobs/1')).stderr).toContain('cannot read missing.html');
  });
});

describe('jobsmith parse-resume and match', () => {
  it('reads a resume PDF into a profile, then scores extracted jobs against it, one line per job with its id', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, appendFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { singleColumnResume } = await import('../extension/profile/test-resumes.ts');
    const dir = mkdtempSync(join(tmpdir(), 'jobsmith-cli-'));
    writeFileSync(join(dir, 'resume.pdf'), await singleColumnResume());
    const parsed = await jobsmith('parse-resume', join(dir, 'resume.pdf'));
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.stdout)).toMatchObject({ name: { first: 'José', last: 'Müller' }, email: 'jose.muller@example.com' });
    writeFileSync(join(dir, 'profile.json'), parsed.stdout);

    const pages: Array<[string, string]> = [
      ['e2e/fixtures/sites/indeed/viewjob.html', 'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718'],
      ['e2e/fixtures/sites/linkedin/job-view.html', 'https://www.linkedin.com/jobs/view/4087654321/'],
    ];
    const ids: string[] = [];
    for (const [file, url] of pages) {
      const out = await extract(file, url);
      ids.push(JSON.parse(out.stdout).id);
      appendFileSync(join(dir, 'jobs.jsonl'), out.stdout);
    }
    const matched = await jobsmith('match', '--profile', join(dir, 'profile.json'), '--jobs', join(dir, 'jobs.jsonl'));
    expect(matched.code).toBe(0);
    const results = jsonLines(matched.stdout);
    expect(results.map((r) => r.id)).toEqual(ids);
    const [accounting, dataEngineering] = results;
    expect(accounting.score).toBeGreaterThan(dataEngineering.score);
    for (const r of results) {
      expect(r.breakdown.reduce((sum: number, p: { earned: number }) => sum + p.earned, 0)).toBe(r.score);
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'score', 'breakdown', 'matched', 'missing', 'knockouts']));
    }
    expect(readFileSync(join(dir, 'jobs.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('parse-resume refuses a file that is not a resume with one line and exit 2', async () => {
    const result = await jobsmith('parse-resume', 'e2e/fixtures/sites/lever/posting.html');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^jobsmith: .*neither a PDF, a Word \(\.docx\) file, plain text \(\.txt\) nor a profile JSON/);
  });

  it('match reports a line that is not a job and goes on', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { NURSE } = await import('../shared/testing/sample-profiles.ts');
    const { sampleCapture } = await import('../shared/testing/sample-job.ts');
    const dir = mkdtempSync(join(tmpdir(), 'jobsmith-cli-'));
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(NURSE));
    writeFileSync(
      join(dir, 'jobs.jsonl'),
      `{"id":"a","title":""}\n${JSON.stringify({ id: 'b', ...sampleCapture({ title: 'Registered Nurse' }) })}\n`,
    );
    const result = await jobsmith('match', '--profile', join(dir, 'profile.json'), '--jobs', join(dir, 'jobs.jsonl'));
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines[0]).toEqual({ id: 'a', error: 'not a job' });
    expect(lines[1]).toMatchObject({ id: 'b', score: expect.any(Number) });
    expect(result.stderr).toContain('jobs.jsonl:1: not a job');
  });
});

/** A temporary folder with a profile (the backend engineer) and a job extracted from a fixture, as `tailor` takes them. */
async function tailorInputs(prefix: string) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { BACKEND_ENGINEER } = await import('../shared/testing/sample-profiles.ts');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'profile.json'), JSON.stringify(BACKEND_ENGINEER));
  const job = await extract('e2e/fixtures/sites/greenhouse/new.html', 'https://job-boards.greenhouse.io/fjordenergy/jobs/4455667');
  writeFileSync(join(dir, 'job.json'), job.stdout);
  const at = (name: string) => join(dir, name);
  /** `tailor`'s arguments for these inputs, writing the resume to `out` in the folder. */
  const args = (out: string) => ['--profile', at('profile.json'), '--job', at('job.json'), '--out', at(out)];
  return { dir, at, args };
}

describe('jobsmith tailor', () => {
  it('writes a one-page resume PDF and a cover letter for a job and prints what it did as JSON', async () => {
    const { readFileSync } = await import('node:fs');
    const { at, args } = await tailorInputs('jobsmith-tailor-');
    const result = await jobsmith('tailor', ...args('resume.pdf'), '--cover-letter', at('letter.pdf'));
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ provider: 'offline', unsupported: [], coverLetter: { unsupported: [] } });
    expect(summary.experience[0]).toMatchObject({ employer: 'Zalando', title: 'Senior Backend Engineer' });
    const pdf = readFileSync(at('resume.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBe(summary.bytes);
    expect(readFileSync(at('letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says what is wrong with its arguments', async () => {
    expect((await jobsmith('tailor', '--profile', 'x.json')).code).toBe(64);
    const wrong = await jobsmith(
      'tailor',
      '--profile',
      'package.json',
      '--job',
      'package.json',
      '--out',
      '/tmp/x.pdf',
      '--provider',
      'gpt',
    );
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain('--provider must be offline, anthropic or openai');
    const notProfile = await jobsmith('tailor', '--profile', 'package.json', '--job', 'package.json', '--out', '/tmp/x.pdf');
    expect(notProfile.code).toBe(65);
  });
});

describe('jobsmith tailor with a model', () => {
  it('uses a truthful draft from the provider, and falls back offline from one that invents a skill', async () => {
    const { startFakeAnthropic } = await import('../worker/test/fake-llm.ts');
    const fake = await startFakeAnthropic();
    try {
      const { args } = await tailorInputs('jobsmith-tailor-llm-');
      const truthful = {
        summary: 'Senior Backend Engineer at Zalando running PostgreSQL and Kafka at scale.',
        skills: ['Go', 'Python', 'Kubernetes'],
        experience: [{ index: 0, bullets: [{ text: 'Ran PostgreSQL and Kafka at scale', reason: 'reliability' }] }],
      };
      const tailorWith = (reply: unknown) => {
        fake.script({ kind: 'json', value: reply });
        // No key of the machine's own may reach the CLI: only the fake's.
        const keys = { OPENAI_API_KEY: '', ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: fake.url };
        return jobsmithWith(keys, 'tailor', ...args('r.pdf'), '--provider', 'anthropic');
      };
      const good = JSON.parse((await tailorWith(truthful)).stdout);
      expect(good).toMatchObject({ provider: 'anthropic', unsupported: [] });
      expect(good.usage.inputTokens).toBeGreaterThan(100);
      expect(good.fellBack).toBeUndefined();

      const invented = JSON.parse((await tailorWith({ ...truthful, skills: ['Go', 'Rust'] })).stdout);
      // The summary says which writer made the resume and what the refused draft claimed.
      expect(invented).toMatchObject({
        provider: 'offline',
        unsupported: [{ kind: 'skill', text: 'Rust', where: 'skills' }],
        refused: [{ provider: 'anthropic', document: 'resume', claims: [{ kind: 'skill', text: 'Rust', where: 'skills' }] }],
      });
      expect(invented.fellBack).toBeUndefined();
      expect(invented.skills).not.toContain('Rust');
      const noKey = await jobsmithWith(
        { OPENAI_API_KEY: '' },
        'tailor',
        '--profile',
        'x',
        '--job',
        'y',
        '--out',
        'z',
        '--provider',
        'openai',
      );
      expect(noKey.stderr).toContain('needs OPENAI_API_KEY');
    } finally {
      await fake.close();
    }
  });
});
