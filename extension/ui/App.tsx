import { type ComponentType, type KeyboardEvent, lazy, Suspense, useEffect } from 'preact/compat';
import { browser } from 'wxt/browser';
import { ask, onBroadcast } from './background.ts';
import { followTab } from './follow-tab.ts';
import { JobTab } from './job/JobTab.tsx';
import { SyncBadge } from './SyncBadge.tsx';
import { activeTab, autofillState, followedTabId, refreshProfile, syncStatus, TABS, type TabName, tabAccess, tabJob } from './state.ts';

/** A tab's view, loaded the first time the tab opens: the panel's first paint carries only the Job tab. */
const later = (load: () => Promise<ComponentType>) => lazy(() => load().then((view) => ({ default: view })));

/** Each tab: its name on the tab bar and its view. */
const TAB_VIEWS: Record<TabName, { label: string; view: ComponentType }> = {
  job: { label: 'Job', view: JobTab },
  discover: { label: 'New', view: later(() => import('./discover/DiscoverTab.tsx').then((m) => m.DiscoverTab)) },
  tailor: { label: 'Tailor', view: later(() => import('./tailor/TailorTab.tsx').then((m) => m.TailorTab)) },
  apply: { label: 'Apply', view: later(() => import('./ApplyTab.tsx').then((m) => m.ApplyTab)) },
  tracker: { label: 'Tracker', view: later(() => import('./tracker/TrackerTab.tsx').then((m) => m.TrackerTab)) },
  analytics: { label: 'Analytics', view: later(() => import('./analytics/AnalyticsTab.tsx').then((m) => m.AnalyticsTab)) },
  profile: { label: 'Profile', view: later(() => import('./profile/ProfileTab.tsx').then((m) => m.ProfileTab)) },
  settings: { label: 'Settings', view: later(() => import('./settings/SettingsTab.tsx').then((m) => m.SettingsTab)) },
};

/** Asks how the tab's page is read; an answer for a tab no longer followed is dropped. */
function refreshAccess(tabId: number) {
  ask({ type: 'access/get', tabId }).then(
    (access) => {
      if (followedTabId.value === tabId) tabAccess.value = access;
    },
    () => undefined,
  );
}

function useBackgroundState() {
  useEffect(() => {
    const stopBroadcasts = onBroadcast((message) => {
      if (message.type === 'sync/status-changed') syncStatus.value = message.status;
      if (message.type === 'tab/job-changed' && message.tabId === followedTabId.value) {
        tabJob.value = message.job;
        // A report comes from a reader that just started (the user's click) or a new page.
        refreshAccess(message.tabId);
      }
      if (message.type === 'autofill/finished' && message.tabId === followedTabId.value) {
        autofillState.value = message.report
          ? { kind: 'done', report: message.report }
          : { kind: 'error', message: message.error ?? 'autofill failed' };
        activeTab.value = 'apply';
      }
    });
    const stopFollowing = followTab(location.search, (tabId) => {
      followedTabId.value = tabId;
      autofillState.value = { kind: 'idle' };
      // Clear first: the previous tab's job must never show under this tab.
      tabJob.value = undefined;
      tabAccess.value = undefined;
      refreshAccess(tabId);
      ask({ type: 'tab/get-job', tabId }).then(
        (job) => {
          if (followedTabId.value === tabId) tabJob.value = job;
        },
        () => {
          if (followedTabId.value === tabId) tabJob.value = null;
        },
      );
    });
    // A page that loaded without a job report (a page Jobsmith does not read) changes the access too.
    const onTabUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === followedTabId.value && change.status === 'complete') refreshAccess(tabId);
    };
    browser.tabs.onUpdated.addListener(onTabUpdated);
    void refreshProfile();
    ask({ type: 'sync/get-status' }).then(
      (status) => {
        syncStatus.value = status;
      },
      () => undefined,
    );
    return () => {
      stopBroadcasts();
      stopFollowing();
      browser.tabs.onUpdated.removeListener(onTabUpdated);
    };
  }, []);
}

/** Left/Right (and Home/End) select the previous/next tab and move the focus to it, wrapping around. */
function moveBetweenTabs(event: KeyboardEvent<HTMLDivElement>) {
  const at = TABS.indexOf(activeTab.value);
  const next =
    event.key === 'ArrowRight'
      ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft'
        ? (at - 1 + TABS.length) % TABS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : null;
  if (next === null) return;
  event.preventDefault();
  const name = TABS[next] as TabName;
  activeTab.value = name;
  document.getElementById(`tab-${name}`)?.focus();
}

export function App() {
  useBackgroundState();
  const tab = activeTab.value;
  const View = TAB_VIEWS[tab].view;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Jobsmith</span>
        <SyncBadge />
      </header>
      <div className="tabs" role="tablist" aria-label="Jobsmith" onKeyDown={moveBetweenTabs}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls="tab-panel"
            // The ARIA tab pattern: Tab reaches the selected tab, the arrow keys move between them.
            tabIndex={tab === name ? 0 : -1}
            data-testid={`tab-${name}`}
            onClick={() => (activeTab.value = name)}
          >
            {TAB_VIEWS[name].label}
          </button>
        ))}
      </div>
      <main className="content" role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <View />
        </Suspense>
      </main>
    </div>
  );
}
