import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the e2e suite drives: JOBSMITH_CHROMIUM, Debian's /usr/bin/chromium, or
 * Playwright's own download. Never a silent skip: without one the suite fails saying how to fix it.
 */
export function findChromium(): string {
  const fromEnv = process.env.JOBSMITH_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`JOBSMITH_CHROMIUM=${fromEnv} does not exist. Point it at a Chromium binary, or unset it.`);
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the e2e suite. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or set JOBSMITH_CHROMIUM=/path/to/chromium.',
  );
}
