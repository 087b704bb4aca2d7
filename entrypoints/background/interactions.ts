import { storage } from 'wxt/utils/storage';
import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import {
  COPY_GRACE_MS,
  customerKey,
  detectTypedRepeat,
  endStaleCalls,
  inferCategory,
  onViewChange,
  openCallOfTab,
  startCall,
  tabViewKey,
  withCallLock,
  type CallSettings,
  type TabView,
} from '@/lib/interactions';
import { getSettings } from '@/lib/settings';
import { normalizeFieldValue } from '@/lib/signals';
import { fieldsOf } from '@/lib/tabs/tab-context';
import { getTabContext, setTabCustomerKey } from './tab-contexts';
import { checkTeamHistory } from './team-repeat';

async function callSettings(): Promise<CallSettings & { categories: string[] }> {
  const s = await getSettings();
  return {
    channel: s.defaultChannel,
    windowDays: s.repeatWindowDays,
    retentionDays: s.retentionDays,
    categories: s.categories,
  };
}

export const getTabView = (tabId: number) => storage.getItem<TabView>(tabViewKey(tabId));

/** Open calls are swept for staleness at most this often (a scan of the day's calls). */
const SWEEP_EVERY_MS = 5 * 60_000;
let lastSweep = 0;

/** Ends the calls nobody wrapped up (see STALE_CALL_MS); cheap to call on every capture. */
export async function sweepStaleCalls(now = Date.now()): Promise<void> {
  if (now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  await endStaleCalls(db, now);
}

/** A new call asks the collector whether the team saw this customer lately; never awaited. */
function afterStart(call: InteractionRow | null) {
  if (call) void checkTeamHistory(call).catch(() => undefined);
}

/**
 * Follows what a tab shows after each capture (serialised with the call lock: an SPA burst
 * reports several captures in quick succession): the customer on screen and since when, and
 * what that means for calls (see lib/interactions/calls.ts).
 */
export async function followCapture(tabId: number): Promise<void> {
  await withCallLock(async () => {
    const context = await getTabContext(tabId);
    const previous = await getTabView(tabId);
    const settings = await callSettings();
    const fields = context?.kind === 'record' ? fieldsOf(context) : [];
    const key = fields.length ? await customerKey(db, fields) : null;
    if (context) await setTabCustomerKey(tabId, key);
    // A page still loading (no context yet) changes nothing: a reload keeps the view.
    if (!context) return;
    const now = Date.now();
    const next: TabView | null = key
      ? {
          tabId,
          customerKey: key,
          since: previous?.customerKey === key ? previous.since : now,
          fields,
          ...withCategory(inferCategory(context.pageText, settings.categories)),
        }
      : null;
    if (next) await storage.setItem(tabViewKey(tabId), next);
    else await storage.removeItem(tabViewKey(tabId));
    afterStart((await onViewChange(db, previous, next, settings, now)).started);
    await sweepStaleCalls(now);
  });
}

const withCategory = (category: string | undefined) => (category ? { category } : {});

/** The tab is gone: a view that had dwelled was a call; the view itself goes. */
export async function forgetTab(tabId: number): Promise<void> {
  await withCallLock(async () => {
    const previous = await getTabView(tabId);
    await storage.removeItem(tabViewKey(tabId));
    afterStart((await onViewChange(db, previous, null, await callSettings())).started);
  });
}

/**
 * The call the agent's action applies to on a tab: its open call, or the view on screen made a
 * call now (the agent acted on it). Null when the tab shows no customer.
 */
export async function callForAction(tabId: number): Promise<InteractionRow | null> {
  return withCallLock(async () => {
    const open = await openCallOfTab(db, tabId);
    if (open) return open;
    const view = await getTabView(tabId);
    if (!view) return null;
    const { call, isNew } = await startCall(db, view, await callSettings());
    if (isNew) afterStart(call);
    return call;
  });
}

/** Values copied from the panel lately (session storage: the worker may restart in between). */
const copiesItem = storage.defineItem<{ value: string; at: number }[]>('session:recentCopies', {
  fallback: [],
});

export async function noteCopy(value: string, now = Date.now()): Promise<void> {
  const kept = (await copiesItem.getValue()).filter((c) => now - c.at < COPY_GRACE_MS);
  await copiesItem.setValue([...kept, { value, at: now }].slice(-20));
}

function typedFromView(
  view: TabView | null,
  value: string,
  copies: readonly { value: string; at: number }[],
) {
  const typed = normalizeFieldValue(value);
  if (!view || typed.length < 4) return false;
  if (copies.some((c) => normalizeFieldValue(c.value) === typed)) return false;
  return view.fields.some((f) => normalizeFieldValue(f.value) === typed);
}

/** Logs `repeated_info` when the agent types into the CRM what the customer already gave. */
export async function checkTypedValue(tabId: number, value: string): Promise<string | null> {
  const copies = await copiesItem.getValue();
  let call = await openCallOfTab(db, tabId);
  // Typing the on-screen customer's own value into the CRM is acting on the record: a call.
  if (!call && typedFromView(await getTabView(tabId), value, copies)) {
    call = (await callForAction(tabId)) ?? undefined;
  }
  if (!call) return null;
  const event = await detectTypedRepeat(db, call, value, copies);
  return (event?.attributes?.field as string | undefined) ?? null;
}
