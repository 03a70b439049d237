import { browser } from 'wxt/browser';

const READ_MENU = 'read-page';

/**
 * The user's own actions on the browser's chrome: the toolbar button, the context menu and the
 * keyboard shortcuts (Alt+Shift+J reads the page, Alt+Shift+F fills its form). Each grants
 * activeTab for the tab, so pages no site unit lists can be read too.
 */
export function listenForUserActions(deps: { read: (tabId: number) => Promise<unknown>; autofill: (tabId: number) => Promise<void> }) {
  // The user's click on the toolbar button, the shortcut or the context menu grants activeTab for
  // the tab: each opens the panel (first thing: browsers allow it only inside the user's action)
  // and reads the page.
  const firefox = browser as unknown as { sidebarAction?: { open: () => Promise<void>; toggle: () => Promise<void> } };
  const openPanel = (windowId: number | undefined) => {
    if (!browser.sidePanel) void firefox.sidebarAction?.open().catch(() => undefined);
    else if (windowId !== undefined) void browser.sidePanel.open({ windowId }).catch(() => undefined);
  };
  const readTab = (tabId: number | undefined) => {
    if (tabId !== undefined) void deps.read(tabId).catch(() => undefined);
  };
  // Chrome's own "open the panel on click" would grant no activeTab: the click opens it here instead.
  browser.sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch((error) => console.warn('jobsmith: side panel behaviour', error));
  (browser.action ?? browser.browserAction)?.onClicked.addListener((tab) => {
    // Firefox's button toggles its sidebar, as users expect there.
    if (browser.sidePanel) openPanel(tab.windowId);
    else void firefox.sidebarAction?.toggle().catch(() => undefined);
    readTab(tab.id);
  });

  // Chrome keeps menus across restarts and Firefox does not: made afresh on every start.
  void browser.contextMenus
    ?.removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: READ_MENU,
        title: 'Read this job with Jobsmith',
        contexts: ['page', 'frame', 'selection'],
        documentUrlPatterns: ['https://*/*', 'http://*/*'],
      }),
    )
    .catch((error) => console.warn('jobsmith: context menu', error));
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_MENU) return;
    openPanel(tab?.windowId);
    readTab(tab?.id);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'read-page') openPanel(tab?.windowId);
    // Older Firefox passes no tab.
    const active =
      tab?.id !== undefined ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
    void active.then(async (target) => {
      if (target?.id === undefined) return;
      if (command === 'read-page') readTab(target.id);
      if (command !== 'autofill') return;
      // The shortcut granted activeTab: a page Jobsmith does not read by itself can be filled too.
      await deps.read(target.id).catch(() => undefined);
      await deps.autofill(target.id);
    });
  });
}
