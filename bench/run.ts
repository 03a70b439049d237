// `npm run bench`: measures and records; it asserts nothing. Results go to bench/results.json
// and a table on stdout. Timings on a shared machine are noisy: compare rows of one run.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { applyMigrations, openDatabase } from '../scripts/lib/database.ts';
import { freePort, ROOT, startWorker, waitForHttp } from '../scripts/lib/processes.ts';
import { newSavedJob } from '../shared/applications.ts';
import { newId } from '../shared/ids.ts';
import { jobFromJsonLd } from '../shared/job/jsonld.ts';
import { loadTaxonomy } from '../shared/match/taxonomy.ts';
import { readTaxonomyFile } from '../shared/match/taxonomy-file.ts';
import { SYNC_SCHEMA_HEADER, SYNC_SCHEMA_VERSION } from '../shared/sync/protocol.ts';
import { startFakeBoards } from '../worker/test/fake-boards.ts';
import { analyticsBench } from './analytics.ts';
import { autofillBench } from './autofill.ts';
import { boardsBench } from './boards.ts';
import { boardsFanoutBench, type FanoutBenchResult } from './boards-fanout.ts';
import { boardsFanoutWorkerBench, type FanoutWorkerBenchResult } from './boards-fanout-worker.ts';
import { bundleBench } from './bundle.ts';
import { chromiumCapture, contentScriptSizes, nodeExtraction } from './capture.ts';
import { generateBench } from './generate.ts';
import { matchBench, resumeBench, taxonomyBench } from './profile-match.ts';
import { rankingBench } from './ranking.ts';
import { measure, type Summary } from './stats.ts';
import { syncLoadBench } from './sync-load.ts';
import { tailorBench } from './tailor.ts';
import { trackerBench } from './tracker.ts';

const rows: Array<{ name: string; unit: string } & Summary> = [];
const record = (name: string, summary: Summary, unit = 'ms') => {
  rows.push({ name, unit, ...summary });
  console.error(`  ${name}: p50 ${summary.p50} ${unit}, p95 ${summary.p95} ${unit}, ${summary.perSecond}/s`);
};

const sizes = contentScriptSizes();
for (const s of sizes) console.error(`  ${s.file}: ${s.bytes} B, ${s.gzipBytes} B gzip`);
const bundle = await bundleBench();
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
console.error(
  `  extension: chrome ${kb(bundle.chrome.bytes)} (${kb(bundle.chrome.packedBytes)} packed), panel first paint ${kb(bundle.panelInitialJs.gzipBytes)} gzip`,
);
await nodeExtraction(record);
// Matching, parsing and tailoring read the skills taxonomy, as every context loads it first.
await loadTaxonomy(readTaxonomyFile);
const taxonomy = await taxonomyBench(record, `${ROOT}/.output/chrome-mv3`);
console.error(`  taxonomy: ${taxonomy.bytes} B, ${taxonomy.gzipBytes} B gzip, in bundles: ${taxonomy.bundledIn.join(', ') || 'none'}`);
await matchBench(record);
const boards = await boardsBench(record);
console.error(
  `  boards: ${boards.postings} postings of ${boards.boards} boards read in ${boards.normaliseMs} ms (CPU ${boards.normaliseCpuMs} ms) and scored in ${boards.scoreMs} ms (CPU ${boards.scoreCpuMs} ms) (${boards.perPostingMs} ms a posting); answers ${boards.answersMB} MB, captures ${boards.capturesHeapMB} MB of heap, peak RSS ${boards.peakRssMB} MB`,
);
await resumeBench(record);
const ranking = rankingBench();
console.error(`  ranking: precision@10 Jobsmith ${ranking.jobsmith.toFixed(2)}, TF-IDF ${ranking.tfidf.toFixed(2)}`);
for (const s of ranking.bySource)
  console.error(`    ${s.source} postings only: Jobsmith ${s.jobsmith.toFixed(2)}, TF-IDF ${s.tfidf.toFixed(2)} (${s.resumes} resumes)`);
await chromiumCapture(record);
const pdfSizes = await tailorBench(record);
await generateBench(record);
await analyticsBench(record);
console.error(`  pdf sizes: resume ${pdfSizes.resumeBytes} B, cover letter ${pdfSizes.letterBytes} B`);
const accuracy = await autofillBench(record);
await trackerBench(record);
for (const a of accuracy)
  console.error(
    `  autofill accuracy ${a.form}: ${a.correct}/${a.fields} correct, wrong: ${a.wrong.join(', ') || 'none'}, left: ${a.left.join(', ') || 'none'}`,
  );

// Pure: reading a real-sized career page's JSON-LD.
const page = readFileSync(`${ROOT}/e2e/fixtures/pages/acme/jobs/4012345.html`, 'utf8');
const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
record(
  'shared: jobFromJsonLd (fixture page)',
  await measure(5000, 1, async () => void jobFromJsonLd(blocks, 'https://acme.example/jobs/1')),
);

// The API under wrangler dev (workerd) against the database the tests use.
const database = await openDatabase({ port: await freePort() });
await applyMigrations(database.url);
const port = await freePort();
// The followed boards' fan-out reads the fake board server, every board on its one host.
const fakeBoards = await startFakeBoards();
// The benchmarks are one "user" hammering the API: per-user and per-IP limits would only measure 429s.
const worker = startWorker({
  port,
  databaseUrl: database.url,
  quiet: true,
  vars: {
    API_RATE_LIMIT_PER_MINUTE: '10000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000000',
    BOARD_API_BASE: fakeBoards.url,
    BOARD_HOST_LIMIT_PER_MINUTE: '10000000',
  },
  args: ['--test-scheduled'],
});
let fanout: (FanoutBenchResult & { worker: FanoutWorkerBenchResult }) | undefined;
const api = `http://127.0.0.1:${port}`;
try {
  await waitForHttp(`${api}/health`, worker, 90_000);
  record('api: GET /health', await measure(300, 4, async () => void (await fetch(`${api}/health`)).arrayBuffer()));
  record('api: GET /health/db', await measure(200, 4, async () => void (await fetch(`${api}/health/db`)).arrayBuffer()));

  const signUp = async () => {
    const res = await fetch(`${api}/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${newId()}@example.com`, password: 'correct horse battery', deviceName: 'bench' }),
    });
    if (!res.ok) throw new Error(`sign-up failed: ${res.status}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const token = await signUp();
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    [SYNC_SCHEMA_HEADER]: String(SYNC_SCHEMA_VERSION),
  };
  const capture = jobFromJsonLd(blocks, 'https://acme.example/jobs/1');
  if (!capture) throw new Error('fixture has no job');
  record(
    'api: POST /v1/sync/push (job + application)',
    await measure(200, 4, async () => {
      const { job, application } = newSavedJob({ ...capture, title: `Bench ${newId()}` }, Date.now());
      const body = JSON.stringify({
        changes: [
          { opId: newId(), entity: 'job', record: job },
          { opId: newId(), entity: 'application', record: application },
        ],
      });
      const res = await fetch(`${api}/v1/sync/push`, { method: 'POST', headers, body });
      if (!res.ok) throw new Error(`push failed: ${res.status}`);
      await res.arrayBuffer();
    }),
  );
  record(
    'api: GET /v1/sync/pull (first 200)',
    await measure(100, 4, async () => void (await fetch(`${api}/v1/sync/pull?limit=200`, { headers })).arrayBuffer()),
  );
  await syncLoadBench(record, api, signUp);
  // Under wrangler dev first: the in-process run's clock is a fixed day, whose leases the worker's cron would see as due.
  const underWorker = await boardsFanoutWorkerBench(record, api, database.url, fakeBoards);
  fanout = { ...(await boardsFanoutBench(record, database.url)), worker: underWorker };
  console.error(
    `  boards fan-out: cron ${fanout.cronMs} ms for ${fanout.boards} boards, consumer ${fanout.boardsPerSecond} boards/s (${fanout.postingsPerSecond} postings/s) in-process; under wrangler dev every board read ${underWorker.allReadMs} ms after the cron`,
  );
} finally {
  await worker.stop();
  await fakeBoards.close();
  await database.stop();
}

const results = {
  recordedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  database: database.kind,
  contentScripts: sizes,
  bundle,
  autofillAccuracy: accuracy,
  pdfSizes,
  taxonomy,
  ranking,
  boards,
  fanout,
  rows,
};
writeFileSync(`${ROOT}/bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n| benchmark | unit | n | p50 | p95 | max | per second |\n|---|---|---:|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.name} | ${r.unit} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} | ${r.perSecond} |`);
console.log('\n| autofill fixture | fields | correct | wrong | left empty |\n|---|---:|---:|---|---|');
for (const a of accuracy)
  console.log(`| ${a.form} | ${a.fields} | ${a.correct} | ${a.wrong.join(', ') || '–'} | ${a.left.join(', ') || '–'} |`);
console.log(
  `\n| ranking (${ranking.resumes} public resumes, ${ranking.postings} public postings, ${ranking.categories} occupations) | precision@10 |\n|---|---:|`,
);
console.log(`| Jobsmith match score | ${ranking.jobsmith.toFixed(2)} |\n| plain TF-IDF | ${ranking.tfidf.toFixed(2)} |`);
for (const s of ranking.bySource)
  console.log(`| ${s.source} postings only (${s.resumes} resumes): Jobsmith / TF-IDF | ${s.jobsmith.toFixed(2)} / ${s.tfidf.toFixed(2)} |`);
console.log(
  `\n| boards (${boards.boards} × ${boards.postings / boards.boards} postings) | read | score | a posting | captures heap | peak RSS |\n|---|---:|---:|---:|---:|---:|\n| ${boards.postings} postings | ${boards.normaliseMs} ms | ${boards.scoreMs} ms | ${boards.perPostingMs} ms | ${boards.capturesHeapMB} MB | ${boards.peakRssMB} MB |`,
);
console.log(
  `\nSkills taxonomy: ${taxonomy.bytes} B, ${taxonomy.gzipBytes} B gzip, shipped as data/taxonomy.json.gz; in script bundles: ${taxonomy.bundledIn.join(', ') || 'none'}.`,
);
console.log('\n| built extension | unpacked | store package (zip) |\n|---|---:|---:|');
for (const [browser, size] of [
  ['Chrome (MV3)', bundle.chrome],
  ['Firefox (MV2)', bundle.firefox],
] as const)
  console.log(`| ${browser} | ${kb(size.bytes)} | ${kb(size.packedBytes)} |`);
console.log(
  `| side panel JS before first paint (${bundle.panelInitialJs.files.join(', ')}) | ${kb(bundle.panelInitialJs.bytes)} | ${kb(bundle.panelInitialJs.gzipBytes)} gzip |`,
);
console.log('\n| content script | bytes | gzip bytes |\n|---|---:|---:|');
for (const s of sizes) console.log(`| ${s.file} | ${s.bytes} | ${s.gzipBytes} |`);
console.log(
  `\n${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}, database: ${database.kind}. Written to bench/results.json.`,
);
