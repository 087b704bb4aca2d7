// Bundled into a page by the bench: real Chromium IndexedDB, the extension's own db code.
import { AppDb } from '../../lib/db/app-db';
import { recordEvent } from '../../lib/db/events';
import type { EventRow, InteractionRow } from '../../lib/db/schema';
import { logSignals } from '../../lib/interactions/lifecycle';

const interaction: InteractionRow = {
  id: 'i-bench',
  channel: 'phone',
  startedAt: Date.now(),
  customerKey: 'k.bench',
};
const rows = (n: number): EventRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    type: 'transfer',
    at: Date.now() + i,
    interactionId: interaction.id,
    customerKey: 'k.bench',
    attributes: { source: 'agent' },
  }));

async function timed(
  fn: (db: AppDb, events: EventRow[]) => Promise<unknown>,
  n: number,
): Promise<number> {
  const db = new AppDb(`bench-${crypto.randomUUID()}`);
  await db.open();
  const events = rows(n);
  const t0 = performance.now();
  await fn(db, events);
  const ms = performance.now() - t0;
  await db.delete();
  return (n / ms) * 1000;
}

/**
 * Events per second: raw Dexie bulkAdds of the same rows the product writes (event rows and their
 * outbox rows), raw bulkAdd of the event rows alone, the product's batched logging (validation,
 * one transaction), and one event per transaction as a keypress does.
 */
export async function run(n: number) {
  const raw = await timed(async (db, e) => {
    await db.events.bulkAdd(e);
    await db.outbox.bulkAdd(e.map((x) => ({ eventId: x.id, createdAt: x.at, attempts: 0 })));
  }, n);
  const eventsOnly = await timed((db, e) => db.events.bulkAdd(e), n);
  const batched = await timed(
    (db, e) =>
      logSignals(
        db,
        interaction,
        e.map(() => ({ type: 'transfer' as const })),
      ),
    n,
  );
  const single = await timed(async (db, e) => {
    for (const event of e.slice(0, 500)) await recordEvent(db, event);
  }, 500);
  return { raw, eventsOnly, batched, single };
}
