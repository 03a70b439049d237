import { expect, test } from '@playwright/test';
import { extensionSize, initialJs } from '../scripts/lib/bundle-size.ts';

// The build global-setup.ts made: production code, minified as for the store; its manifest also
// lets the fixture hosts in, which changes the size by a few hundred bytes.
const BUILD = process.env.JOBSMITH_E2E_EXTENSION ?? '';

/** What a user downloads and what the panel loads before it paints (issue 16's limits). */
test('the store package is under 3 MB and the side panel paints with under 150 KB of gzipped JS', async () => {
  const size = extensionSize(BUILD);
  expect(size.packedBytes).toBeLessThan(3_000_000);
  const panel = await initialJs(BUILD, 'sidepanel.html');
  expect(panel.gzipBytes).toBeLessThan(150_000);
  // PDF reading and writing (pdf.js, pdf-lib) and the other tabs load when first used.
  const chunks = panel.files.map((f) => f.replace(/^.*\//, '').replace(/-[\w-]+\.js$/, ''));
  for (const later of ['render', 'pdf', 'TailorTab', 'TrackerTab', 'AnalyticsTab', 'ProfileTab']) expect(chunks).not.toContain(later);
  expect(chunks).toContain('sidepanel');
});
