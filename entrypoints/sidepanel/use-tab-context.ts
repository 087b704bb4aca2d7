import { tabContextKey, type TabContext } from '@/lib/tabs/tab-context';
import { useSessionValue } from '@/components/use-session-value';

export type TabContextState =
  { status: 'loading' } | { status: 'ready'; context: TabContext | null };

/** The background's latest capture for a tab, live: it follows every new capture. */
export function useTabContext(tabId: number | undefined): TabContextState {
  const context = useSessionValue<TabContext>(tabId === undefined ? null : tabContextKey(tabId));
  return context === undefined ? { status: 'loading' } : { status: 'ready', context };
}
