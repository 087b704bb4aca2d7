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

/** Events of one interaction, oldest first. */
export function eventsOfInteraction(db: AppDb, interactionId: string): Promise<EventRow[]> {
  return db.events.where('interactionId').equals(interactionId).sortBy('at');
}

/** How many events wait in the outbox. */
export function outboxSize(db: AppDb): Promise<number> {
  return db.outbox.count();
}
