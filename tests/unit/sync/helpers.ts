import { expect } from 'vitest';
import { AppDb } from '@/lib/db/app-db';
import { recordEvents } from '@/lib/db/events';
import type { EventRow } from '@/lib/db/schema';
import { memoryLock, type FlushDeps } from '@/lib/sync/flush';
import type { Collector } from '../../server/harness';

/** A fresh extension database (fake-indexeddb) with its own name. */
export const freshDb = () => new AppDb(`sync-test-${crypto.randomUUID()}`);

/** A valid local event as the extension records it. */
export function localEvent(overrides: Partial<EventRow> = {}): EventRow {
  return {
    id: crypto.randomUUID(),
    type: 'transfer',
    at: Date.now(),
    interactionId: crypto.randomUUID(),
    attributes: { source: 'agent' },
    ...overrides,
  };
}

/** Records `n` events with their outbox rows; returns their ids. */
export async function queue(db: AppDb, n: number): Promise<string[]> {
  const events = Array.from({ length: n }, () => localEvent());
  await recordEvents(db, events);
  return events.map((e) => e.id);
}

/**
 * A fake clock driven by the retry loop's sleeps: tests stay fast and deterministic while the
 * backoff decisions (nextAttemptAt) are checked against the same clock.
 */
export function steppedClock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
  };
}

/** Flush dependencies against a collector URL with an agent token. */
export function flushDeps(
  db: AppDb,
  collector: Collector,
  url: string,
  overrides: Partial<FlushDeps> = {},
): FlushDeps {
  const token = collector.token('team-a', 'agent', 'agent-1');
  return {
    db,
    fetch: (input, init) => fetch(input, init),
    target: async () => ({ url, token }),
    withLock: memoryLock(),
    random: () => 0.5,
    ...overrides,
  };
}

/** The invariant: the ids stored are exactly the ids captured, each stored once. */
export async function expectExactlyOnce(collector: Collector, ids: readonly string[]) {
  const rows = await collector.driver.query('SELECT id FROM events', []);
  const stored = rows.map((r) => String(r.id));
  expect(stored.length).toBe(new Set(stored).size);
  expect(new Set(stored)).toEqual(new Set(ids));
}
