import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadTaxonomy } from '../../shared/match/taxonomy.ts';
import { BackgroundBroadcast, type BackgroundToContent, type SyncStatus } from '../../shared/messages.ts';
import { JobCapture } from '../../shared/schemas/job.ts';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { siteFacts } from '../../shared/sites/site.ts';
import { createAccess } from '../access/access.ts';
import { createGrants } from '../access/grants.ts';
import { listenForUserActions } from '../access/user-actions.ts';
import { onConfirmation, onSubmitted } from '../autofill/on-submitted.ts';
import { runAutofill } from '../autofill/run-autofill.ts';
import { BOARDS_ALARM, BOARDS_ALARM_MINUTES, createBackgroundBoards } from '../boards/in-background.ts';
import { database } from '../db/database.ts';
import { recordEvent } from '../db/events.ts';
import { createRouter } from '../messaging/router.ts';
import { createTabJobs, memoryStorage } from '../messaging/tab-jobs.ts';
import { createTabState } from '../messaging/tab-state.ts';
import { readShippedTaxonomy } from '../profile/taxonomy-file.ts';
import { createBackgroundReminders } from '../reminders/in-background.ts';
import { getApiUrl, getCursor, getSession, setApiUrl, setCursor, setSession } from '../settings.ts';
import { createApiClient } from '../sync/api-client.ts';
import { onChanged } from '../sync/changes.ts';
import { hasSyncConsent } from '../sync/consent.ts';
import { deviceName } from '../sync/device-name.ts';
import { createSyncService } from '../sync/sync-service.ts';
import { generateForTab } from '../tailor/generate-for-tab.ts';

const SYNC_ALARM = 'jobsmith-sync';
const REMINDER_ALARM = 'jobsmith-reminders';

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
    getCursor,
    setCursor,
    deviceName: () => deviceName(navigator.userAgent),
    production: import.meta.env.PROD,
    mayTransmit: hasSyncConsent,
    broadcast: (status: SyncStatus) => broadcast({ type: 'sync/status-changed', status }),
  });

  // Sync soon after any local change (debounced: a burst of edits is one round trip), and as
  // soon as the network is back.
  let debounce: ReturnType<typeof setTimeout> | undefined;
  onChanged(() => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void sync.syncNow(), 1500);
  });
  self.addEventListener('online', () => void sync.syncNow());

  // Firefox's MV2 event page may lack storage.session; it keeps its memory while tabs are open.
  const session = browser.storage.session ?? memoryStorage();
  const tabJobs = createTabJobs({
    storage: session,
    askTab: async (tabId) => {
      const reply = await browser.tabs.sendMessage(tabId, { type: 'content/get-job' } satisfies BackgroundToContent).catch(() => null);
      const parsed = JobCapture.nullable().safeParse(reply);
      return parsed.success ? parsed.data : null;
    },
    onChange: (tabId, job) => {
      broadcast({ type: 'tab/job-changed', tabId, job });
      if (job) void recordEvent(database(), 'job_viewed', { props: { source: job.source } }, Date.now()).catch(() => undefined);
    },
  });

  // Pages beyond the site units: read on the user's request, or always for the sites they chose.
  const access = createAccess({
    tabs: browser.tabs,
    scripting: browser.scripting,
    grants: createGrants({ permissions: browser.permissions, scripting: browser.scripting, storage: browser.storage.local }),
    session,
    autoMatches: (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
  });
  void access.sync().catch((error) => console.warn('jobsmith: site grants', error));
  // The user took a site's permission back in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => void access.sync().catch(() => undefined));

  const tabState = createTabState(session);
  const formFrames = async (tabId: number) => (await tabState.formFrames.get(tabId)) ?? [];
  const attachedResume = (tabId: number) => tabState.attachedResume.get(tabId);
  const autofill = async (tabId: number, refill: boolean, onlyFrame?: number) => {
    const report = await fill(tabId, refill, onlyFrame);
    // Bookkeeping the report does not wait for: the user cannot send the form within these milliseconds.
    void tabJobs
      .get(tabId)
      .then((job) => job && tabState.formJob.set(tabId, job))
      .catch(() => undefined);
    void recordEvent(
      database(),
      'autofilled',
      { props: { filled: report.filled.length, needsYou: report.needsYou.length, failed: report.failed.length } },
      Date.now(),
    ).catch(() => undefined);
    return report;
  };
  const fill = (tabId: number, refill: boolean, onlyFrame?: number) =>
    runAutofill(
      {
        db: database(),
        sendToTab: (id, message, frameId) => browser.tabs.sendMessage(id, message, { frameId }),
        formFrames,
        jobOfTab: (id) => tabJobs.get(id),
        onResumeAttached: (id, documentId) => tabState.attachedResume.set(id, documentId),
        readTaxonomy: readShippedTaxonomy,
      },
      tabId,
      refill,
      onlyFrame,
    );

  const reminders = createBackgroundReminders();
  void reminders().catch(() => undefined);

  // Followed boards: read (signed out) or pulled from the worker (signed in) on a schedule; new jobs that fit are notified.
  const boards = createBackgroundBoards({
    broadcast: () => broadcast({ type: 'boards/changed' }),
    ensureTaxonomy: () => loadTaxonomy(readShippedTaxonomy),
  });
  browser.notifications.onClicked?.addListener((id) => void boards.opened(id).catch(() => undefined));

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
        'page/form-frame': async (_msg, from) => {
          if (from.frameId === 0) return;
          const frames = [from.frameId, ...(await formFrames(from.tabId)).filter((f) => f !== from.frameId)].slice(0, 20);
          await tabState.formFrames.set(from.tabId, frames);
        },
        'page/submitted': async (msg, from) => {
          const result = await onSubmitted(
            { db: database(), jobOfTab: () => tabJobs.get(from.tabId), attachedResume: () => attachedResume(from.tabId) },
            msg.answers,
          );
          if (result === 'applied') void sync.syncNow();
        },
        // The page only reports a confirmation after a fill in that frame and the user's own click;
        // it counts for the job the tab's form was filled for.
        // The autofill script's page's unit, as facts a message can carry (it does not load the registry).
        'page/site-facts': (_msg, from) => {
          const unit = from.frameUrl && URL.canParse(from.frameUrl) ? siteOfUrl(new URL(from.frameUrl)) : null;
          return unit ? siteFacts(unit) : null;
        },
        'page/confirmation': async (_msg, from) => {
          const result = await onConfirmation({
            db: database(),
            filledFor: () => tabState.formJob.get(from.tabId),
            attachedResume: () => attachedResume(from.tabId),
          });
          if (result === 'applied') void sync.syncNow();
        },
      },
      panel: {
        'tab/get-job': (msg) => tabJobs.get(msg.tabId),
        'sync/now': () => sync.syncNow(),
        'reminders/check': () => reminders(),
        'boards/refresh': (msg) => boards.refresh(msg.boardKey),
        'coach/feedback': async (msg) => {
          if (!(await getSession())) throw new Error('Sign in (Settings) to get feedback on your answers.');
          const api = createApiClient({ baseUrl: await getApiUrl(), getSession, setSession });
          return (await api.coachFeedback({ question: msg.question, answer: msg.answer, job: msg.job })).feedback;
        },
        'sync/get-status': () => sync.status(),
        'settings/set-api-url': (msg) => sync.setApiUrl(msg.apiUrl),
        'auth/sign-up': (msg) => sync.signIn('sign-up', msg.email, msg.password),
        'auth/sign-in': (msg) => sync.signIn('sign-in', msg.email, msg.password),
        'auth/sign-out': () => sync.signOut(),
        'auth/sign-out-all': () => sync.signOutAll(),
        'auth/devices': () => sync.devices(),
        'generate/writers': () => sync.writers(),
        'auth/revoke-device': (msg) => sync.revokeDevice(msg.deviceId),
        'account/export': () => sync.exportAccount(),
        'account/delete': (msg) => sync.deleteAccount(msg.password),
        'autofill/run': async (msg) => {
          // On a page read on demand, the readers may be gone since (a new page of the site).
          await access.read(msg.tabId).catch(() => undefined);
          return autofill(msg.tabId, msg.refill);
        },
        'access/get': (msg) => access.status(msg.tabId),
        'access/read': (msg) => access.read(msg.tabId),
        'access/always': (msg) => access.always(msg.tabId),
        'access/sites': () => access.sites(),
        'access/remove': (msg) => access.remove(msg.site),
        'generate/run': (msg) =>
          generateForTab(msg, {
            jobOfTab: (id) => tabJobs.get(id),
            onDelta: (text) => broadcast({ type: 'generate/delta', requestId: msg.requestId, text }),
          }),
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

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabJobs.forget(tabId);
    void tabState.forget(tabId);
    void access.forget(tabId);
  });
  // A page finished loading: readers started where the user allowed it, and if no report of its job
  // reached the background (sent before this worker listened), the page is asked once.
  const topUp = (tabId: number, url: string) =>
    access
      .pageLoaded(tabId, url)
      .then(() => tabJobs.get(tabId))
      .catch(() => undefined);
  // A full page load in a tab invalidates what its last page showed until the new page reports.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) {
      void tabJobs.navigated(tabId, change.url);
      void tabState.formFrames.remove(tabId);
    }
    if (change.status === 'complete' && tab.url) void topUp(tabId, tab.url);
  });
  // Tabs that finished loading before this worker listened (the browser restoring its session as
  // it starts, or the worker waking late) had no load event here: their "Always" sites are read now.
  void browser.tabs
    .query({ status: 'complete' })
    .then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined && tab.url) void topUp(tab.id, tab.url);
    })
    .catch(() => undefined);

  listenForUserActions({ read: (tabId) => access.read(tabId), autofill: autofillAndTell });

  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 30 });
  // Kept when it exists: re-creating it on every wake would put its next run off each time.
  void browser.alarms.get(BOARDS_ALARM).then((alarm) => {
    if (!alarm) browser.alarms.create(BOARDS_ALARM, { delayInMinutes: 1, periodInMinutes: BOARDS_ALARM_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void reminders().catch(() => undefined);
    if (alarm.name === BOARDS_ALARM) void boards.refresh().catch((error) => console.warn('jobsmith: boards', error));
    if (alarm.name === SYNC_ALARM) void sync.syncNow();
  });
  void sync.syncNow();
});
