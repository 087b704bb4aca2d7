import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { callState, tabViewKey, type CallState, type TabView } from '@/lib/interactions';
import { useSessionValue } from '@/components/use-session-value';

/** What the tab's customer on screen means (call, other customer, pending view), live. */
export function useCallState(tabId: number | undefined): CallState | undefined {
  const view = useSessionValue<TabView>(tabId === undefined ? null : tabViewKey(tabId));
  return useLiveQuery(
    () =>
      tabId === undefined || view === undefined ? undefined : callState(db, tabId, view ?? null),
    [tabId, view],
  );
}
