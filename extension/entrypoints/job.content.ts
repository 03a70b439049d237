import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../capture/read-page.ts';
import { watchJob } from '../capture/watch-job.ts';

/**
 * Capture on any other page: its JSON-LD, else the generic reader. Not in the manifest (each site
 * unit has its own script there): `scripting` runs it where the user asks, on demand or
 * registered for "Always on this site" (extension/access/); development builds also declare it
 * for the local fixture server (wxt.config.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    watchJob(ctx, (doc, url) => readPage(doc, url));
  },
});
