import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ACTION_CLICKED_KEY } from '@/lib/tabs/tab-context';
import { db } from '@/lib/db/db';
import { seedDefaultChecklists } from '@/lib/db/checklists';
import { registerCommands } from './commands';
import { createCaptureMenu, registerCaptureMenuClicks } from './context-menu';
import { registerMessageHandlers } from './messages';
import { startOnOpenTabs, syncRegisteredSites } from './sites';
import { registerSync } from './sync';
import { registerSyncHandlers } from './sync-messages';
import { forgetTab, sweepStaleCalls } from './interactions';
import { clearTabContext } from './tab-contexts';
import { toolbarButton } from './toolbar-button';

export default defineBackground(() => {
  // Listeners are registered synchronously so a worker woken by an event receives it.
  registerMessageHandlers();
  registerCaptureMenuClicks();
  registerCommands();
  // Issue 6: upload the outbox to the team's collector (alarm, new events, online, messages).
  registerSync();
  registerSyncHandlers();

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabContext(tabId);
    void forgetTab(tabId);
  });
  // Calls nobody wrapped up do not stay open forever (the worker starts often enough).
  void sweepStaleCalls().catch(() => undefined);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document replaces the old one: its content script reports afresh.
    if (change.status === 'loading' && change.url) void clearTabContext(tabId);
  });
  browser.permissions.onAdded.addListener(({ origins }) => void startOnOpenTabs(origins));
  browser.permissions.onRemoved.addListener(() => void syncRegisteredSites());

  if (browser.sidePanel) {
    // The toolbar button opens the side panel (Chrome, Edge). Opened from onClicked rather than
    // openPanelOnActionClick: only a click the extension handles grants activeTab, which lets the
    // panel read the tab's address and offer "Enable on this site" on a CRM not yet enabled.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    toolbarButton.onClicked.addListener((tab) => {
      // Synchronously: sidePanel.open needs the click's user gesture.
      if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId });
      // A panel already open learns that it may now read this tab's address (activeTab).
      if (tab.id !== undefined)
        void storage.setItem(ACTION_CLICKED_KEY, { tabId: tab.id, at: Date.now() });
    });
  } else {
    // Firefox: the same button toggles the sidebar.
    const { sidebarAction } = browser as unknown as { sidebarAction?: { toggle(): Promise<void> } };
    toolbarButton.onClicked.addListener((tab) => {
      // Synchronously: toggle needs the click's user input.
      void sidebarAction?.toggle();
      // The click grants activeTab in Firefox too: an open sidebar may now read the address.
      if (tab.id !== undefined)
        void storage.setItem(ACTION_CLICKED_KEY, { tabId: tab.id, at: Date.now() });
    });
  }

  browser.runtime.onInstalled.addListener(() => {
    void syncRegisteredSites();
    void createCaptureMenu();
    // Agents get the research-based checklists from the first call, before any trainer publishes.
    void seedDefaultChecklists(db);
  });
});
