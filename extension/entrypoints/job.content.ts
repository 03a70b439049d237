import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BackgroundToContent, type ContentToBackground } from '../../shared/messages.ts';
import { SUPPORTED_SITE_MATCHES } from '../sites/patterns.ts';
import { extractJob } from '../sites/registry.ts';

/**
 * Reads the job on the page and reports it to the background. Runs in the isolated world:
 * the page's scripts cannot see what it reads or sends, and it holds no profile data.
 */
export default defineContentScript({
  matches: [...SUPPORTED_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const current = () => extractJob(document, location.href);

    const report = () => {
      const message: ContentToBackground = { type: 'page/job', url: location.href, job: current() };
      browser.runtime.sendMessage(message).catch(() => {
        // The background restarts on demand; a lost report is re-sent on the next request.
      });
    };

    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if (!BackgroundToContent.safeParse(raw).success) return undefined;
      sendResponse(current());
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // SPAs change the job without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', report);
    report();
  },
});
