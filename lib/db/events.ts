import type { AppDb } from './app-db';
import type { EventRow } from './schema';

/**
 * Writes an event and its outbox row in ONE transaction, so an event is never stored without
 * being queued for sync, nor queued without being stored.
 */
export async function recordEvent(db: AppDb, event: EventRow): Promise<void> {
  await db.transaction('rw', db.events, db.outbox, async () => {
    await db.events.add(event);
    await db.outbox.add({ eventId: event.id, createdAt: Date.now(), attempts: 0 });
  });
}

/** Many events and their outbox rows in one transaction (imports, batched logging). */
export async function recordEvents(db: AppDb, events: readonly EventRow[]): Promise<void> {
  const createdAt = Date.now();
  await db.transaction('rw', db.events, db.outbox, async () => {
    await db.events.bulkAdd([...events]);
    await db.outbox.bulkAdd(events.map((e) => ({ eventId: e.id, createdAt, attempts: 0 })));
  });
}

/** Events of one interaction, oldest first. */
export function eventsOfInteraction(db: AppDb, interactionId: string): Promise<EventRow[]> {
  return db.events.where('interactionId').equals(interactionId).sortBy('at');
}

/**
 * The outbox rows of some events. The outbox has no eventId index (a write per event saved); it
 * is scanned, which is cheap because it is drained continuously.
 */
export function outboxRowsOf(db: AppDb, eventIds: readonly string[]) {
  const wanted = new Set(eventIds);
  return db.outbox.filter((row) => wanted.has(row.eventId)).toArray();
}
