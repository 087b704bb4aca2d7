import { useEffect } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ACTION_CLICKED_KEY } from '@/lib/tabs/tab-context';
import { useSidepanelStore } from './store';

const toTarget = (tab: Browser.tabs.Tab | undefined) =>
  tab?.id === undefined ? null : { tabId: tab.id, url: tab.url, title: tab.title };

/**
 * Keeps the store's target on the tab the agent is looking at: the active tab of the panel's
 * window (the real side panel), or — when the panel is opened as a tab — the active tab of the
 * last focused window other than itself, or the tab pinned with `?tab=<id>`.
 */
export function useTargetTab(): void {
  const setTarget = useSidepanelStore((s) => s.setTarget);

  useEffect(() => {
    let alive = true;
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    const context = Promise.all([browser.tabs.getCurrent(), browser.windows.getCurrent()]);

    const resolve = async () => {
      const [own, window] = await context;
      let tab: Browser.tabs.Tab | undefined;
      if (pinned !== undefined) {
        tab = await browser.tabs.get(pinned).catch(() => undefined);
      } else if (!own) {
        [tab] = await browser.tabs.query({ active: true, windowId: window.id });
      } else {
        const tabs = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        tab = tabs.find((t) => t.id !== own.id);
      }
      if (alive) setTarget(toTarget(tab));
    };

    const onActivated = () => void resolve();
    const onUpdated = (tabId: number, _change: unknown, tab: Browser.tabs.Tab) => {
      if (tabId === useSidepanelStore.getState().target?.tabId) setTarget(toTarget(tab));
    };
    const onFocus = () => void resolve();
    // The toolbar button clicked on a CRM tab: its address is readable now (activeTab).
    const unwatch = storage.watch(ACTION_CLICKED_KEY, () => void resolve());
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(onFocus);
    void resolve();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFocus);
      unwatch();
    };
  }, [setTarget]);
}
