import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { getSettings } from '@/lib/settings';
import { pullChecklists } from '@/lib/sync/checklists';
import { flushUntilSynced, type FlushDeps, type FlushResult } from '@/lib/sync/flush';
import { whileNotSyncing } from '@/lib/db/sync-lock';
import type { CollectorTarget } from '@/lib/sync/request';

/**
 * Issue 6, the background's side of sync: WHEN to flush (an alarm, new events, back online, a
 * message). HOW lives in lib/sync. Nothing here survives the worker: state is in Dexie `meta`.
 */

export const SYNC_ALARM = 'effortless-sync';
/** Chrome's shortest alarm period for a packed extension; the safety net for every retry. */
const ALARM_PERIOD_MINUTES = 0.5;
/** New events are batched for this long before a flush (a call logs several in a few seconds). */
const NEW_EVENTS_DELAY_MS = 2_000;
/** Retries sooner than this wait in the worker; later ones are left to the alarm. */
export const IN_WORKER_RETRY_MAX_MS = 25_000;

export async function collectorTarget(): Promise<CollectorTarget> {
  const { collectorUrl, collectorToken } = await getSettings();
  return { url: collectorUrl.trim(), token: collectorToken.trim() };
}

export const syncDeps: FlushDeps = {
  db,
  // Bound: the worker's fetch throws "Illegal invocation" when called off its global.
  fetch: (input, init) => fetch(input, init),
  target: collectorTarget,
  // One flush at a time across the worker and every extension page (Web Locks).
  withLock: whileNotSyncing,
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Flushes now, retrying in the worker while the waits are short. */
export function flushNow(): Promise<FlushResult> {
  return flushUntilSynced(syncDeps, async (ms) => {
    if (ms > IN_WORKER_RETRY_MAX_MS) return false;
    await wait(ms);
    return true;
  });
}

let pending: ReturnType<typeof setTimeout> | undefined;
/** A flush after `delayMs`, coalescing triggers that arrive meanwhile. */
export function flushSoon(delayMs = NEW_EVENTS_DELAY_MS): void {
  if (pending !== undefined) return;
  pending = setTimeout(() => {
    pending = undefined;
    void flushNow().catch(() => undefined);
  }, delayMs);
}

/** Alarm tick: flush, then pull the team's checklists (each best effort, errors in the state). */
async function onAlarm(): Promise<void> {
  await flushNow().catch(() => undefined);
  const target = await collectorTarget();
  if (target.url && target.token) await pullChecklists(db, syncDeps.fetch, target);
}

/** (Re)creates the alarm at every worker start, keeping the schedule of one that already exists. */
async function ensureAlarm(): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === ALARM_PERIOD_MINUTES) return;
  await browser.alarms.create(SYNC_ALARM, {
    delayInMinutes: ALARM_PERIOD_MINUTES,
    periodInMinutes: ALARM_PERIOD_MINUTES,
  });
}

/** Registers the sync triggers; called synchronously from the background's main(). */
export function registerSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void onAlarm();
  });
  void ensureAlarm();
  // Back online: the backoff may have grown long while offline; try now.
  self.addEventListener('online', () => void flushNow().catch(() => undefined));
  // Events written by any context (the panel logs signals itself) reach this worker through
  // Dexie's cross-context change events while it runs; a grown outbox means new events.
  let last = Infinity;
  liveQuery(() => db.outbox.count()).subscribe({
    next: (count) => {
      if (count > last) flushSoon();
      last = count;
    },
    error: () => undefined,
  });
  // A worker start may follow a crash or a browser restart with events still queued.
  flushSoon();
}
