import { applyMigrations, openDatabase } from '../scripts/lib/database.ts';
import { buildExtension, freePort, ROOT, startWorker, waitForHttp } from '../scripts/lib/processes.ts';
import { startFakeBoards } from '../worker/test/fake-boards.ts';
import { startFakeAnthropic } from '../worker/test/fake-llm.ts';
import { findChromium } from './chromium.ts';
import { startFixtureServer } from './fixtures/server.ts';
import { startSiteServer } from './fixtures/site-server.ts';

export const EXTENSION_DIR = `${ROOT}/.output/chrome-mv3-e2e`;

/** What the fake model writes: a cover letter using only facts of the test profile. */
export const E2E_LETTER = [
  'Dear Harbor Robotics hiring team,',
  'I am writing about the Field Service Technician role. As a Senior Accountant at Bluebird Foods I led month-end close for three entities under US GAAP.',
  'I cut reconciliation time by 40% by moving bank reconciliations into NetSuite saved searches, and I would bring the same care to your team.',
  'Kind regards,',
].join('\n\n');

/** What the fake model drafts for a resume: a summary with an employer the test profile does not have. */
const E2E_INVENTED_RESUME = {
  summary: 'Senior Accountant who ran month-end close at Bluebird Foods and, before that, at Deloitte.',
  skills: ['NetSuite'],
  experience: [{ index: 0, bullets: [{ text: 'Led month-end close for three entities under US GAAP', reason: 'close' }] }],
};

/**
 * Everything the e2e suite runs against, started fresh on free ports: the extension built in
 * e2e mode (production code plus localhost matches for fixture pages), the database
 * (DATABASE_URL or embedded PGlite), the worker under `wrangler dev`, and the fixture pages.
 * Tests read the addresses from process.env.
 */
export default async function globalSetup() {
  const chromium = findChromium();
  buildExtension('--mode', 'e2e');

  const database = await openDatabase({ port: await freePort() });
  await applyMigrations(database.url);

  // The worker's models are a local fake of the Anthropic API: every request gets the same
  // letter (true to the test profile), streamed a few words at a time.
  const anthropic = await startFakeAnthropic();
  anthropic.fallback = { kind: 'text', text: E2E_LETTER };
  // A structured reply (a resume) claims an employer the test profile never had: the worker's
  // check refuses it, and the panel says which writer made the resume instead and why.
  anthropic.respond = (body) =>
    (body.output_config as { format?: unknown } | undefined)?.format ? { kind: 'json', value: E2E_INVENTED_RESUME } : undefined;
  anthropic.streamDelayMs = 30;
  // The board APIs the worker reads for signed-in users (issue 17): a fake the tests fill (PUT /__fake/boards).
  const boards = await startFakeBoards();
  const workerPort = await freePort();
  const worker = startWorker({
    port: workerPort,
    databaseUrl: database.url,
    quiet: true,
    // Every test signs in from 127.0.0.1: the per-IP auth limit would throttle the suite, not protect it.
    vars: {
      LLM_CHAIN: 'anthropic,offline',
      ANTHROPIC_API_KEY: 'e2e-fake-key',
      ANTHROPIC_BASE_URL: anthropic.url,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      BOARD_API_BASE: boards.url,
    },
    // GET /__scheduled runs the Cron Trigger when a test says the time has come.
    args: ['--test-scheduled'],
  });
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
    JOBSMITH_E2E_BOARDS_URL: boards.url,
    JOBSMITH_E2E_FIXTURES: fixtures.origin,
    // Chromium reaches each real site host at the HTTPS fixture server instead.
    JOBSMITH_E2E_HOST_RULES: sites.hosts.map((host) => `MAP ${host} 127.0.0.1:${sitePort}`).join(','),
    // Firefox has no such flag: it is given the hosts and the port (e2e/firefox.ts).
    JOBSMITH_E2E_SITE_HOSTS: sites.hosts.join(','),
    JOBSMITH_E2E_SITE_PORT: String(sitePort),
  });

  return async () => {
    await fixtures.close();
    await sites.close();
    await worker.stop();
    await boards.close();
    await anthropic.close();
    await database.stop();
  };
}
