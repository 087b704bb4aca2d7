import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { tabContextKey, type TabContext } from '@/lib/tabs/tab-context';

export type TabContextState =
  { status: 'loading' } | { status: 'ready'; context: TabContext | null };

/** The background's latest capture for a tab, live: it follows every new capture. */
export function useTabContext(tabId: number | undefined): TabContextState {
  const [loaded, setLoaded] = useState<{ tabId: number; context: TabContext | null } | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const key = tabContextKey(tabId);
    const set = (context: TabContext | null) => alive && setLoaded({ tabId, context });
    void storage.getItem<TabContext>(key).then(set);
    const unwatch = storage.watch<TabContext>(key, set);
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId]);
  // A value loaded for another tab is not this tab's: loading until ours arrives.
  return loaded && loaded.tabId === tabId
    ? { status: 'ready', context: loaded.context }
    : { status: 'loading' };
}
