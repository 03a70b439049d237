import { browser } from 'wxt/browser';

/** `sidepanel.html?tabId=N` pins the panel to tab N (tests, or a panel opened in its own tab). */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** Calls `onTab` with the tab the panel should show now and whenever the user switches tabs in this window. */
export function followTab(search: string, onTab: (tabId: number) => void): () => void {
  const pinned = pinnedTabId(search);
  if (pinned !== null) {
    onTab(pinned);
    return () => {};
  }
  let windowId: number | undefined;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    windowId = tab?.windowId;
    if (tab?.id !== undefined) onTab(tab.id);
  });
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
