import { execFileSync } from 'node:child_process';
import { applyMigrations, openDatabase } from '../scripts/lib/database.ts';
import { freePort, ROOT, startWorker, waitForHttp } from '../scripts/lib/processes.ts';
import { findChromium } from './chromium.ts';
import { startFixtureServer } from './fixtures/server.ts';
import { startSiteServer } from './fixtures/site-server.ts';

export const EXTENSION_DIR = `${ROOT}/.output/chrome-mv3-e2e`;

/**
 * Everything the e2e suite runs against, started fresh on free ports: the extension built in
 * e2e mode (production code plus localhost matches for fixture pages), the database
 * (DATABASE_URL or embedded PGlite), the worker under `wrangler dev`, and the fixture pages.
 * Tests read the addresses from process.env.
 */
export default async function globalSetup() {
  const chromium = findChromium();
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const database = await openDatabase({ port: await freePort() });
  await applyMigrations(database.url);

  const workerPort = await freePort();
  const worker = startWorker({ port: workerPort, databaseUrl: database.url, quiet: true });
  const apiUrl = `http://127.0.0.1:${workerPort}`;
  await waitForHttp(`${apiUrl}/health`, worker, 90_000);

  const fixtures = await startFixtureServer(await freePort());
  const sitePort = await freePort();
  const sites = await startSiteServer(sitePort);

  Object.assign(process.env, {
    JOBSMITH_E2E_CHROMIUM: chromium,
    JOBSMITH_E2E_EXTENSION: EXTENSION_DIR,
    JOBSMITH_E2E_DATABASE_URL: database.url,
    JOBSMITH_E2E_API_URL: apiUrl,
    JOBSMITH_E2E_FIXTURES: fixtures.origin,
    // Chromium reaches each real site host at the HTTPS fixture server instead.
    JOBSMITH_E2E_HOST_RULES: sites.hosts.map((host) => `MAP ${host} 127.0.0.1:${sitePort}`).join(','),
  });

  return async () => {
    await fixtures.close();
    await sites.close();
    await worker.stop();
    await database.stop();
  };
}
