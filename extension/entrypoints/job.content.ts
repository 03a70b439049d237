import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentToBackground } from '../../shared/messages.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { SUPPORTED_SITE_MATCHES } from '../sites/patterns.ts';
import { extractJob } from '../sites/registry.ts';

// A DOM change is read this long after it starts, at most once per interval: SPAs render a
// job in bursts, and busy pages (LinkedIn) never stay quiet long enough to wait for silence.
const SETTLE_MS = 120;

/**
 * Reads the job on the page and reports it to the background, again whenever an SPA shows
 * another one. Runs in the isolated world: the page's scripts cannot see what it reads or
 * sends, and it holds no profile data. No zod here: the background validates every report,
 * and the script stays small.
 */
export default defineContentScript({
  matches: [...SUPPORTED_SITE_MATCHES],
  runAt: 'document_idle',
  // Greenhouse boards are often embedded in a company's careers page as an iframe.
  allFrames: true,
  main(ctx) {
    let lastReported: string | null = null;
    let lastUrl = location.href;
    let timer: number | undefined;

    const current = (): JobCapture | null => extractJob(document, location.href);

    const report = (job: JobCapture | null) => {
      const key = JSON.stringify(job);
      if (key === lastReported) return;
      lastReported = key;
      const message: ContentToBackground = { type: 'page/job', url: location.href, job };
      browser.runtime.sendMessage(message).catch(() => {
        // The extension reloaded or the background is restarting: the next change re-sends.
        lastReported = null;
      });
    };

    const check = () => {
      timer = undefined;
      if (ctx.isInvalid) return;
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        // A new URL: whatever was shown before must not linger while the new job renders.
        report(null);
      }
      report(current());
    };
    const schedule = () => {
      if (timer === undefined) timer = ctx.setTimeout(check, SETTLE_MS);
    };

    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'popstate', schedule);
    ctx.addEventListener(window, 'wxt:locationchange', schedule);

    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'content/get-job') return undefined;
      sendResponse(current());
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    check();
  },
});
