import { useSignals } from '@preact/signals-react/runtime';
import { useEffect } from 'react';
import { AnalyticsTab } from './AnalyticsTab.tsx';
import { ApplyTab } from './ApplyTab.tsx';
import { ask, onBroadcast } from './background.ts';
import { followTab } from './follow-tab.ts';
import { JobTab } from './JobTab.tsx';
import { ProfileTab } from './ProfileTab.tsx';
import { SettingsTab, SyncBadge } from './SettingsTab.tsx';
import { activeTab, autofillState, followedTabId, refreshProfile, syncStatus, TABS, type TabName, tabJob } from './state.ts';
import { TailorTab } from './TailorTab.tsx';
import { TrackerTab } from './TrackerTab.tsx';

const LABELS: Record<TabName, string> = {
  job: 'Job',
  tailor: 'Tailor',
  apply: 'Apply',
  tracker: 'Tracker',
  analytics: 'Analytics',
  profile: 'Profile',
  settings: 'Settings',
};

function useBackgroundState() {
  useEffect(() => {
    const stopBroadcasts = onBroadcast((message) => {
      if (message.type === 'sync/status-changed') syncStatus.value = message.status;
      if (message.type === 'tab/job-changed' && message.tabId === followedTabId.value) tabJob.value = message.job;
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
      ask({ type: 'tab/get-job', tabId }).then(
        (job) => {
          if (followedTabId.value === tabId) tabJob.value = job;
        },
        () => {
          if (followedTabId.value === tabId) tabJob.value = null;
        },
      );
    });
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
    };
  }, []);
}

export function App() {
  useSignals();
  useBackgroundState();
  const tab = activeTab.value;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Jobsmith</span>
        <SyncBadge />
      </header>
      <div className="tabs" role="tablist">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            data-testid={`tab-${name}`}
            onClick={() => (activeTab.value = name)}
          >
            {LABELS[name]}
          </button>
        ))}
      </div>
      <main className="content" role="tabpanel">
        {tab === 'job' ? (
          <JobTab />
        ) : tab === 'settings' ? (
          <SettingsTab />
        ) : tab === 'profile' ? (
          <ProfileTab />
        ) : tab === 'tracker' ? (
          <TrackerTab />
        ) : tab === 'apply' ? (
          <ApplyTab />
        ) : tab === 'tailor' ? (
          <TailorTab />
        ) : (
          <AnalyticsTab />
        )}
      </main>
    </div>
  );
}
