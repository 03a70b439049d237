import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { SITE_FIXTURES } from '../e2e/fixtures/sites.ts';
import { LAYOUT_RESUMES } from '../extension/profile/layout-resumes.ts';
import { nodePdfJs } from '../extension/profile/node-pdfjs.ts';
import { pdfTextPages } from '../extension/profile/pdf-text.ts';
import { otherHeadingsResume, singleColumnResume, twoColumnResume } from '../extension/profile/test-resumes.ts';
import { extractJob } from '../extension/sites/registry.ts';
import { ROOT } from '../scripts/lib/processes.ts';
import { createMatcher } from '../shared/match/score.ts';
import { buildTaxonomy, type TaxonomyData } from '../shared/match/taxonomy.ts';
import { parseResume } from '../shared/resume/parse-resume.ts';
import type { JobCapture } from '../shared/schemas/job.ts';
import { NURSE } from '../shared/testing/sample-profiles.ts';
import { measure, type Summary } from './stats.ts';

type Record = (name: string, summary: Summary) => void;

/** 1,000 jobs made from the site fixtures, each with its own title, scored against one profile. */
export async function matchBench(record: Record) {
  const base = SITE_FIXTURES.filter((f) => f.expected && !f.needsScripts).map(
    (f) =>
      extractJob(
        parseHTML(readFileSync(join(ROOT, 'e2e/fixtures/sites', f.file), 'utf8')).document as unknown as Document,
        f.url,
      ) as JobCapture,
  );
  const jobs = Array.from({ length: 1000 }, (_, i) => {
    const job = base[i % base.length] as JobCapture;
    return { ...job, title: `${job.title} ${i}` };
  });
  const now = new Date();
  record(
    'match: score 1,000 jobs against one profile (total)',
    await measure(20, 1, async () => {
      const score = createMatcher(NURSE, now);
      // Fresh objects each round: a job is read once per object, and a benchmark of cached reads would flatter.
      for (const job of jobs) score({ ...job });
    }),
  );
  const score = createMatcher(NURSE, now);
  let i = 0;
  record('match: score one job', await measure(5000, 1, async () => void score({ ...(jobs[i++ % jobs.length] as JobCapture) })));
}

/** pdfjs text extraction plus parsing, per generated resume layout. */
export async function resumeBench(record: Record) {
  for (const [name, make] of [
    ['one column', singleColumnResume],
    ['two columns', twoColumnResume],
    ['other headings', otherHeadingsResume],
    ['two pages', LAYOUT_RESUMES.find((r) => r.name.includes('two pages'))?.make ?? singleColumnResume],
  ] as const) {
    const pdf = await make();
    record(
      `resume: parse PDF (${name})`,
      await measure(30, 1, async () => {
        const { pages } = await pdfTextPages(nodePdfJs, pdf);
        parseResume(pages);
      }),
    );
  }
}

export interface TaxonomySize {
  bytes: number;
  gzipBytes: number;
  /** Built extension scripts that carry the taxonomy's data (should be none: it is fetched when needed). */
  bundledIn: string[];
}

/** The skills taxonomy: its size, where it ships, and what reading it costs a context once. */
export async function taxonomyBench(record: Record, builtExtension: string): Promise<TaxonomySize> {
  const file = readFileSync(join(ROOT, 'shared/match/taxonomy.generated.json'));
  const marker = JSON.parse(file.toString('utf8')).occupations[0] as string;
  const scripts = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
    );
  const bundledIn = scripts(builtExtension)
    .filter((path) => readFileSync(path, 'utf8').includes(marker))
    .map((path) => path.slice(builtExtension.length + 1));
  record(
    'taxonomy: parse and index the generated file (once per context)',
    await measure(10, 1, async () => void buildTaxonomy(JSON.parse(file.toString('utf8')) as TaxonomyData)),
  );
  return { bytes: file.length, gzipBytes: gzipSync(file, { level: 9 }).length, bundledIn };
}
