import type { AppDb } from '@/lib/db/app-db';
import { eventsOfInteraction } from '@/lib/db/events';
import { purgeCapturedFields } from '@/lib/db/interactions';
import type { InteractionRow } from '@/lib/db/schema';
import type { Channel } from '@/lib/signals';
import { detectAtStart } from './automatic-signals';
import { customerKeysAllRotations } from './customer-key';
import { capturedRows, endInteraction, startInteraction } from './lifecycle';

/**
 * The call rule (issue 11): a record on screen is a *view*, not a call. A view becomes a call when
 * the agent acts on it (a signal, wrap-up, N, typing the customer's own value into the CRM) or once
 * the record has been on screen for DWELL_MS. Nothing of a view is written to IndexedDB or synced,
 * so views are never counted as contacts, repeats or in FCR. Never two calls for one customer:
 * showing a customer whose call is open (on any tab) brings that call along, and after a wrap-up
 * the same customer's record starts nothing by itself for COOL_DOWN_MS (only an action does).
 * A call left open without activity for STALE_CALL_MS ends as `abandoned`.
 */
export const DWELL_MS = 60_000;
export const COOL_DOWN_MS = 30 * 60_000;
export const STALE_CALL_MS = 2 * 3_600_000;

/** A customer shown on a tab, continuously since `since`. Kept in session storage (memory only). */
export interface TabView {
  tabId: number;
  customerKey: string;
  since: number;
  /** Raw captured values: stored with the call only once the view becomes one. */
  fields: readonly { key: string; value: string; source: string }[];
  /** The contact reason the page shows for the case on screen, if any. */
  category?: string;
}

export interface CallSettings {
  channel: Channel;
  windowDays: number;
  retentionDays: number;
}

/** What the panel shows and what the keys act on. */
export type CallState =
  | { kind: 'none' }
  | { kind: 'call'; call: InteractionRow }
  /** A call is open on this tab while the CRM shows someone else: keys act on the call. */
  | { kind: 'other-customer'; call: InteractionRow; view: TabView }
  /** `startsAt`: when dwell makes it a call; null right after this customer's wrap-up. */
  | { kind: 'pending'; view: TabView; startsAt: number | null };

const isOpen = (r: InteractionRow) => r.endedAt === undefined;
const newestFirst = (a: InteractionRow, b: InteractionRow) => b.startedAt - a.startedAt;

/** The open call of a tab, if any. */
export async function openCallOfTab(db: AppDb, tabId: number) {
  const rows = await db.interactions.where('tabId').equals(tabId).toArray();
  return rows.filter(isOpen).sort(newestFirst)[0];
}

/** The customer's open call on any tab. */
export async function openCallOfCustomer(db: AppDb, customerKey: string) {
  const rows = await db.interactions.where('customerKey').equals(customerKey).toArray();
  return rows.filter(isOpen).sort(newestFirst)[0];
}

/** When this customer's latest call ended (any tab), or 0. */
async function lastEndOf(db: AppDb, customerKey: string): Promise<number> {
  const rows = await db.interactions.where('customerKey').equals(customerKey).toArray();
  return Math.max(0, ...rows.map((r) => r.endedAt ?? 0));
}

/** Whether this customer's call was wrapped up (on any tab) less than COOL_DOWN_MS ago. */
export async function endedRecently(db: AppDb, customerKey: string, now: number) {
  return now - (await lastEndOf(db, customerKey)) < COOL_DOWN_MS;
}

/** What a tab's view means now (a pure read: nothing is written). */
export async function callState(
  db: AppDb,
  tabId: number,
  view: TabView | null,
  now = Date.now(),
): Promise<CallState> {
  const call = await openCallOfTab(db, tabId);
  if (call) {
    return view && call.customerKey && view.customerKey !== call.customerKey
      ? { kind: 'other-customer', call, view }
      : { kind: 'call', call };
  }
  if (!view) return { kind: 'none' };
  const coolingDown = await endedRecently(db, view.customerKey, now);
  return { kind: 'pending', view, startsAt: coolingDown ? null : view.since + DWELL_MS };
}

async function addNewFields(db: AppDb, call: InteractionRow, view: TabView, now: number) {
  const stored = await db.capturedFields.where('interactionId').equals(call.id).toArray();
  const known = new Set(stored.map((f) => `${f.key}\u0000${f.value}`));
  const fresh = view.fields.filter((f) => !known.has(`${f.key}\u0000${f.value}`));
  if (fresh.length) await db.capturedFields.bulkAdd(capturedRows(call.id, fresh, now));
}

/**
 * Makes the view a call, or returns the call it already has. The caller holds the call lock.
 * `isNew` tells the caller to run what a new call needs (the team's repeat history).
 */
export async function startCall(
  db: AppDb,
  view: TabView,
  settings: CallSettings,
  now = Date.now(),
): Promise<{ call: InteractionRow; isNew: boolean }> {
  const ofTab = await openCallOfTab(db, view.tabId);
  if (ofTab) return { call: ofTab, isNew: false };
  const existing = await openCallOfCustomer(db, view.customerKey);
  if (existing) {
    await db.interactions.update(existing.id, { tabId: view.tabId });
    await addNewFields(db, existing, view, now);
    return { call: { ...existing, tabId: view.tabId }, isNew: false };
  }
  await purgeCapturedFields(db, settings.retentionDays, now);
  // The call began when its record opened (not when it was recognised as one), or when this
  // customer's previous call ended if the record stayed open since.
  const since = Math.max(view.since, await lastEndOf(db, view.customerKey));
  const started = await startInteraction(db, {
    tabId: view.tabId,
    customerKey: view.customerKey,
    channel: settings.channel,
    ...(view.category && { category: view.category }),
    fields: view.fields,
    now: Math.min(since, now),
  });
  const repeat = await detectAtStart(
    db,
    started,
    await customerKeysAllRotations(db, view.fields),
    settings.windowDays,
  );
  return { call: { ...started, repeat }, isNew: true };
}

/** The last moment anything happened in a call. */
async function lastActivity(db: AppDb, call: InteractionRow): Promise<number> {
  const events = await eventsOfInteraction(db, call.id);
  return Math.max(call.startedAt, ...events.map((e) => e.at));
}

/** Ends as `abandoned` the calls nobody wrapped up and nothing happened in for STALE_CALL_MS. */
export async function endStaleCalls(db: AppDb, now = Date.now()): Promise<number> {
  const open = await db.interactions.filter(isOpen).toArray();
  let ended = 0;
  for (const call of open) {
    const last = await lastActivity(db, call);
    if (now - last < STALE_CALL_MS) continue;
    await endInteraction(db, call.id, 'abandoned', last);
    ended++;
  }
  return ended;
}

/**
 * The tab's view changed (another customer, a list, the tab closed): a view that stayed on screen
 * for DWELL_MS was a call even if the agent never touched the panel; a customer whose call is open
 * elsewhere brings the call to this tab; a view that has dwelled becomes a call.
 */
export async function onViewChange(
  db: AppDb,
  previous: TabView | null,
  next: TabView | null,
  settings: CallSettings,
  now = Date.now(),
): Promise<{ started: InteractionRow | null }> {
  let started: InteractionRow | null = null;
  if (previous && previous.customerKey !== next?.customerKey) {
    const state = await callState(db, previous.tabId, previous, now);
    if (state.kind === 'pending' && state.startsAt !== null && state.startsAt <= now) {
      const result = await startCall(db, previous, settings, now);
      if (result.isNew) started = result.call;
    }
  }
  if (!next) return { started };
  const state = await callState(db, next.tabId, next, now);
  if (state.kind === 'call') {
    await addNewFields(db, state.call, next, now);
    return { started };
  }
  if (state.kind !== 'pending') return { started };
  const elsewhere = await openCallOfCustomer(db, next.customerKey);
  const dwelled = state.startsAt !== null && state.startsAt <= now;
  if (elsewhere || dwelled) {
    const result = await startCall(db, next, settings, now);
    if (result.isNew) started = result.call;
  }
  return { started };
}

/** Brings an open call to a tab that has none (the agent resumes it from the day's list). */
export async function resumeCall(db: AppDb, callId: string, tabId: number): Promise<boolean> {
  return db.transaction('rw', db.interactions, async () => {
    const call = await db.interactions.get(callId);
    if (!call || call.endedAt !== undefined) return false;
    if (await openCallOfTab(db, tabId)) return call.tabId === tabId;
    await db.interactions.update(callId, { tabId });
    return true;
  });
}
