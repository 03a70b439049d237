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

  const worker = startWorker({ port, databaseUrl: database.url, quiet: false });
  running.push(worker);
  await waitForHttp(`http://127.0.0.1:${port}/health`, worker, 120_000);

  const extension = startProcess(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs')], { label: 'wxt', quiet: false });
  running.push(extension);
  const folder = join(ROOT, '.output', 'chrome-mv3-dev');
  const deadline = Date.now() + 120_000;
  while (!existsSync(join(folder, 'manifest.json')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));

  console.log(`
Jobsmith is running.
  API        http://127.0.0.1:${port}   (health: /health/db, docs: /openapi.json)
  Extension  ${folder}
             Chrome: chrome://extensions → Developer mode → Load unpacked → choose the folder above.
             It rebuilds when you edit extension/ or shared/.
  Ctrl-C stops everything.
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
