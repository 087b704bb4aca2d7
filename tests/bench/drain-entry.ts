// Bundled into a page by the drain bench: real Chromium IndexedDB, the extension's own sync code.
import { AppDb } from '../../lib/db/app-db';
import { recordEvents } from '../../lib/db/events';
import type { EventRow } from '../../lib/db/schema';
import { flushOutbox, memoryLock } from '../../lib/sync/flush';

/** Queues `n` events (untimed), then times one flush that drains them all to the collector. */
export async function run(n: number, url: string, token: string) {
  const db = new AppDb(`drain-bench-${crypto.randomUUID()}`);
  await db.open();
  const now = Date.now();
  const events: EventRow[] = Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    type: 'transfer',
    at: now + i,
    interactionId: crypto.randomUUID(),
    attributes: { source: 'agent' },
  }));
  for (let i = 0; i < n; i += 1_000) await recordEvents(db, events.slice(i, i + 1_000));
  const t0 = performance.now();
  const result = await flushOutbox({
    db,
    fetch: (input, init) => fetch(input, init),
    target: async () => ({ url, token }),
    withLock: memoryLock(),
  });
  const seconds = (performance.now() - t0) / 1_000;
  const left = await db.outbox.count();
  await db.delete();
  return { seconds, status: result.status, left };
}
