import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb, eventsOfInteraction, recordEvent } from '@/lib/db';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const event = (id: string, at: number) => ({ id, type: 'transfer', at, interactionId: 'i-1' });

describe('recordEvent', () => {
  it('writes the event and its outbox row together', async () => {
    await recordEvent(db, event('e-2', 2));
    await recordEvent(db, event('e-1', 1));
    expect((await eventsOfInteraction(db, 'i-1')).map((e) => e.id)).toEqual(['e-1', 'e-2']);
    expect(await db.outbox.count()).toBe(2);
    expect((await db.outbox.toArray()).map((o) => o.eventId)).toEqual(['e-2', 'e-1']);
  });

  it('writes neither when the event cannot be stored', async () => {
    await recordEvent(db, event('e-1', 1));
    await expect(recordEvent(db, event('e-1', 5))).rejects.toThrow();
    expect(await db.events.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});
