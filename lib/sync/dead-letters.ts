import type { AppDb } from '@/lib/db/app-db';

/**
 * Queues every dead letter again (after the collector's rules or the data were fixed): each goes
 * back to the outbox, in one transaction, so it is never in neither list. Returns how many.
 */
export async function requeueDeadLetters(db: AppDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.deadLetters, db.outbox, async () => {
    const dead = await db.deadLetters.orderBy('id').toArray();
    await db.outbox.bulkAdd(dead.map((d) => ({ eventId: d.eventId, createdAt: now, attempts: 0 })));
    await db.deadLetters.clear();
    return dead.length;
  });
}
