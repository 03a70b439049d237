// `npm start`: the whole system for development, stopped together with Ctrl-C.
//   1. the database: DATABASE_URL, or embedded PGlite with its data in .data/pglite
//   2. migrations applied to it
//   3. the worker under `wrangler dev` at http://127.0.0.1:8787 (PORT to change)
//   4. the extension built by WXT in watch mode, to load unpacked from .output/chrome-mv3-dev
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations, openDatabase } from './lib/database.ts';
import { freePort, type Managed, ROOT, startProcess, startWorker, waitForHttp } from './lib/processes.ts';

const port = Number(process.env.PORT ?? 8787);
const dataDir = join(ROOT, '.data', 'pglite');
const running: Managed[] = [];

/**
 * What `npm start` shows of the worker: its requests and real errors. Not wrangler's banner and
 * bindings table, its update notice, or its failed fetch of Cloudflare's request metadata, which
 * always fails offline and falls back by itself.
 */
function workerLine(line: string): string | null {
  const request = /^\[wrangler:info\] (GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD) (.*)$/.exec(line);
  if (request) return `api   ${request[1]} ${request[2]}`;
  if (/Request\.cf|ENOTFOUND|GetAddrInfoReqWrap|update available/.test(line)) return null;
  if (/^\[wrangler:(error|warn)\]|^✘|^\s*\[ERROR\]/.test(line)) return `api   ${line.replace(/^\[wrangler:\w+\]\s*/, '')}`;
  return null;
}

/** What it shows of WXT: each rebuild and each error, not the spinner or the list of files. */
function extensionLine(line: string): string | null {
  if (/Built extension in|Reloading|reloaded/i.test(line)) return `ext   ${line.replace(/^\W+/, '')}`;
  if (/\b(ERROR|Error|error TS\d+|✖)\b|✖/.test(line) && !/^\s*[├└]/.test(line)) return `ext   ${line.trim()}`;
  return null;
}
let stopping = false;

const database = await openDatabase({ dataDir, port: await freePort() });

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.all(running.map((p) => p.stop()));
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  await applyMigrations(database.url);
  console.log(`Database: ${database.kind === 'external' ? 'DATABASE_URL' : `embedded PGlite (${dataDir})`}, migrations applied`);

  const worker = startWorker({ port, databaseUrl: database.url, show: workerLine });
  running.push(worker);
  await waitForHttp(`http://127.0.0.1:${port}/health`, worker, 120_000);

  const extension = startProcess(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs')], { label: 'wxt', show: extensionLine });
  running.push(extension);
  const folder = join(ROOT, '.output', 'chrome-mv3-dev');
  const deadline = Date.now() + 120_000;
  while (!existsSync(join(folder, 'manifest.json')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));

  console.log(`
Jobsmith is running.
  API        http://127.0.0.1:${port}   (health: /health/db, docs: /openapi.json)
  Extension  ${folder}
             Chrome: chrome://extensions → Developer mode → Load unpacked → choose the folder above.
             It rebuilds when you edit extension/ or shared/; http://localhost:3000 is WXT's
             reload server, which tells the loaded extension to reload.
  Ctrl-C stops everything. Requests to the API and rebuilds are listed below.
`);
  for (const child of running) {
    child.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`A process exited (code ${code}); stopping the rest.`);
        void stopAll(1);
      }
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
