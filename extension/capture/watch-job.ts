import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToBackground } from '../../shared/messages.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import { markLive } from '../access/readers.ts';

// A DOM change is read this long after it starts, at most once per interval: SPAs render a
// job in bursts, and busy pages (LinkedIn) never stay quiet long enough to wait for silence.
const SETTLE_MS = 120;
// A page whose reading takes long is read less often: Jobsmith's share of its main thread stays
// near 1/BACKOFF whatever the page's size (a 50,000-node feed that never stops changing).
const BACKOFF = 10;
const MAX_INTERVAL_MS = 5000;

/**
 * Reads the job on the page and reports it to the background, again whenever an SPA shows
 * another one. Runs in the isolated world: the page's scripts cannot see what it reads or
 * sends, and it holds no profile data. No zod here: the background validates every report,
 * and the script stays small.
 */
export function watchJob(ctx: ContentScriptContext, read: (doc: Document, url: string) => JobCapture | null): void {
  // Lets the background's injection skip this frame: a second copy would report twice. (A copy
  // started anyway replaces this one: WXT invalidates the older context, which tears it down.)
  markLive('job', ctx);
  let lastReported: string | null = null;
  let lastUrl = location.href;
  let timer: number | undefined;
  let interval = SETTLE_MS;

  const current = (): JobCapture | null => {
    const started = performance.now();
    const job = read(document, location.href);
    interval = Math.min(MAX_INTERVAL_MS, Math.max(SETTLE_MS, (performance.now() - started) * BACKOFF));
    return job;
  };

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
    if (timer === undefined) timer = ctx.setTimeout(check, location.href !== lastUrl ? SETTLE_MS : interval);
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
}
