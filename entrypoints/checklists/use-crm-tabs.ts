import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PAGE_TEXT_LIMIT } from '@/lib/checklists';
import { db } from '@/lib/db/db';
import { eventsOfInteraction } from '@/lib/db/events';
import { useSessionValue } from '@/components/use-session-value';
import { tabViewKey } from '@/lib/interactions/call-lock';
import type { TabView } from '@/lib/interactions/calls';
import { openInteractionOfTab, standingSignals } from '@/lib/interactions/queries';
import { isSignalType } from '@/lib/signals/taxonomy';
import type { TabContext } from '@/lib/tabs/tab-context';

/** Session-storage keys of tab contexts, as `tabContextKey` writes them (without `session:`). */
const PREFIX = 'tab-context:';

const isTabContext = (value: unknown): value is TabContext =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TabContext).tabId === 'number' &&
  typeof (value as TabContext).url === 'string' &&
  Array.isArray((value as TabContext).fields);

/**
 * The tabs with a captured CRM page, most recently captured first, live. The editor is itself
 * the active tab, so the CRM tab cannot be found by `tabs.query({ active: true })`: the trainer
 * picks among these. Contexts of tabs that no longer exist are left out.
 */
export function useCapturedTabs(): TabContext[] | undefined {
  const [tabs, setTabs] = useState<TabContext[]>();
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const [stored, open] = await Promise.all([
        browser.storage.session.get(null),
        browser.tabs.query({}),
      ]);
      const openIds = new Set(open.map((tab) => tab.id));
      const contexts = Object.entries(stored)
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([, value]) => value)
        .filter(isTabContext)
        .filter((context) => openIds.has(context.tabId))
        .sort((a, b) => b.capturedAt - a.capturedAt);
      if (alive) setTabs(contexts);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) {
        void load();
      }
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return tabs;
}

export type PageTextState = { status: 'reading' } | { status: 'ready'; text: string | null };

/**
 * The tab's visible text, read through `scripting.executeScript` (the extension has host access
 * to every CRM origin it captures on). Re-read when the capture changes or on `nonce`. Null when
 * the page cannot be read (no access, a browser page, a crashed tab).
 */
export function usePageText(tabId: number | undefined, version: string): PageTextState {
  const key = `${tabId}:${version}`;
  const [read, setRead] = useState<{ key: string; text: string | null } | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    browser.scripting
      .executeScript({
        target: { tabId },
        func: (limit: number) => (document.body?.innerText ?? '').slice(0, limit),
        args: [PAGE_TEXT_LIMIT],
      })
      .then(([result]) => {
        const text = result?.result;
        if (alive) setRead({ key, text: typeof text === 'string' ? text : null });
      })
      .catch(() => alive && setRead({ key, text: null }));
    return () => {
      alive = false;
    };
  }, [tabId, key]);
  return read?.key === key ? { status: 'ready', text: read.text } : { status: 'reading' };
}

/**
 * The call open on a tab and its standing effort signals, live. With no call yet, the customer
 * on screen is a call to be: its reason is the one the page shows (what the call would start with).
 */
export function useTabInteraction(tabId: number | undefined) {
  const view = useSessionValue<TabView>(tabId === undefined ? null : tabViewKey(tabId));
  return useLiveQuery(async () => {
    if (tabId === undefined) return { interaction: undefined, signals: [] };
    const interaction =
      (await openInteractionOfTab(db, tabId)) ??
      (view
        ? {
            id: '',
            channel: '',
            startedAt: view.since,
            customerKey: view.customerKey,
            ...(view.category && { category: view.category }),
          }
        : undefined);
    const events = interaction ? await eventsOfInteraction(db, interaction.id) : [];
    return {
      interaction,
      signals: standingSignals(events)
        .map((e) => e.type)
        .filter(isSignalType),
    };
  }, [tabId, view]);
}
