import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BackgroundBroadcast, type BackgroundToContent, type SyncStatus } from '../../shared/messages.ts';
import { JobCapture } from '../../shared/schemas/job.ts';
import { onSubmitted } from '../autofill/on-submitted.ts';
import { runAutofill } from '../autofill/run-autofill.ts';
import { database } from '../db/database.ts';
import { createRouter } from '../messaging/router.ts';
import { createTabJobs, memoryStorage } from '../messaging/tab-jobs.ts';
import { getApiUrl, getSession, setApiUrl, setSession } from '../settings.ts';
import { createSyncService } from '../sync/sync-service.ts';

const SYNC_ALARM = 'jobsmith-sync';

export default defineBackground(() => {
  const broadcast = (message: BackgroundBroadcast) => {
    // Reaches extension pages only (content scripts get tabs.sendMessage, never this).
    browser.runtime.sendMessage(BackgroundBroadcast.parse(message)).catch(() => {
      // No panel open: nobody to tell.
    });
  };

  const sync = createSyncService({
    db: database(),
    getApiUrl,
    setApiUrl,
    getSession,
    setSession,
    broadcast: (status: SyncStatus) => broadcast({ type: 'sync/status-changed', status }),
  });

  const tabJobs = createTabJobs({
    // Firefox's MV2 event page may lack storage.session; it keeps its memory while tabs are open.
    storage: browser.storage.session ?? memoryStorage(),
    askTab: async (tabId) => {
      const reply = await browser.tabs.sendMessage(tabId, { type: 'content/get-job' } satisfies BackgroundToContent).catch(() => null);
      const parsed = JobCapture.nullable().safeParse(reply);
      return parsed.success ? parsed.data : null;
    },
    onChange: (tabId, job) => broadcast({ type: 'tab/job-changed', tabId, job }),
  });

  // Frames (per tab) whose content script found a form: embedded boards live in iframes.
  const formFrames = new Map<number, number[]>();
  const autofill = (tabId: number, refill: boolean, onlyFrame?: number) =>
    runAutofill(
      {
        db: database(),
        sendToTab: (id, message, frameId) => browser.tabs.sendMessage(id, message, { frameId }),
        formFrames: (id) => formFrames.get(id) ?? [],
        jobOfTab: (id) => tabJobs.get(id),
      },
      tabId,
      refill,
      onlyFrame,
    );

  /** A fill the page's button or the keyboard started: the panel learns the outcome by broadcast. */
  async function autofillAndTell(tabId: number, onlyFrame?: number): Promise<void> {
    try {
      broadcast({ type: 'autofill/finished', tabId, report: await autofill(tabId, false, onlyFrame), error: null });
    } catch (error) {
      broadcast({ type: 'autofill/finished', tabId, report: null, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const route = createRouter(
    {
      content: {
        'page/job': (msg, from) =>
          tabJobs.set(from.tabId, msg.job, { frameId: from.frameId, tabUrl: from.frameId === 0 ? msg.url : from.tabUrl }),
        'page/autofill': (_msg, from) => autofillAndTell(from.tabId, from.frameId),
        'page/form-frame': (_msg, from) => {
          if (from.frameId === 0) return;
          formFrames.set(from.tabId, [from.frameId, ...(formFrames.get(from.tabId) ?? []).filter((f) => f !== from.frameId)]);
        },
        'page/submitted': async (msg, from) => {
          const result = await onSubmitted({ db: database(), jobOfTab: () => tabJobs.get(from.tabId) }, msg.answers);
          if (result === 'applied') void sync.syncNow();
        },
      },
      panel: {
        'tab/get-job': (msg) => tabJobs.get(msg.tabId),
        'sync/now': () => sync.syncNow(),
        'sync/get-status': () => sync.status(),
        'settings/set-api-url': (msg) => sync.setApiUrl(msg.apiUrl),
        'auth/sign-up': (msg) => sync.signIn('sign-up', msg.email, msg.password),
        'auth/sign-in': (msg) => sync.signIn('sign-in', msg.email, msg.password),
        'auth/sign-out': () => sync.signOut(),
        'autofill/run': (msg) => autofill(msg.tabId, msg.refill),
      },
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') },
  );

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Broadcasts from extension pages to each other are not requests for the background.
    if (BackgroundBroadcast.safeParse(raw).success) return undefined;
    route(raw, sender).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabJobs.forget(tabId));
  // A full page load in a tab invalidates what its last page showed until the new page reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void tabJobs.navigated(tabId, change.url);
      formFrames.delete(tabId);
    }
  });

  // The toolbar button opens the panel (Chrome's side panel; Firefox's sidebar).
  if (browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error) => console.warn('jobsmith: side panel behaviour', error));
  } else {
    const firefox = browser as unknown as { sidebarAction?: { toggle: () => Promise<void> } };
    (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
  }

  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'autofill') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void autofillAndTell(tab.id);
    });
  });

  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncNow();
  });
  void sync.syncNow();
});
