import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb, eventsOfInteraction } from '@/lib/db';
import {
  BROWSING_MS,
  COOL_DOWN_MS,
  endInteraction,
  logSignal,
  onRecordCaptured,
  type RecordCaptured,
} from '@/lib/interactions';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`auto-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);
const capture = (
  account: string,
  now: number,
  extra: Partial<RecordCaptured> = {},
): RecordCaptured => ({
  tabId: 1,
  fields: [
    { key: 'accountNumber', value: account, source: 'label' },
    { key: 'customerName', value: 'Aino Virtanen', source: 'label' },
  ],
  channel: 'phone',
  windowDays: 7,
  retentionDays: 30,
  now,
  ...extra,
});

describe('onRecordCaptured', () => {
  it('starts an interaction with its raw fields, then keeps it for the same customer', async () => {
    const first = await onRecordCaptured(db, capture('ACC-1', T0));
    expect(first.action).toBe('started');
    const again = await onRecordCaptured(db, capture('ACC-1', T0 + 5000));
    expect(again.action).toBe('kept');
    expect(await db.interactions.count()).toBe(1);
    expect(await db.capturedFields.count()).toBe(2);
  });

  it('replaces an untouched interaction when the agent was only browsing', async () => {
    await onRecordCaptured(db, capture('ACC-1', T0));
    const next = await onRecordCaptured(db, capture('ACC-2', T0 + BROWSING_MS - 1));
    expect(next.action).toBe('replaced');
    expect(await db.interactions.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps a call with its customer when another record opens mid-call', async () => {
    const first = await onRecordCaptured(db, capture('ACC-1', T0));
    if (first.action !== 'started') throw new Error(first.action);
    await logSignal(db, first.interaction, 'transfer', { now: T0 + 1000 });
    const other = await onRecordCaptured(db, capture('ACC-2', T0 + 2000));
    expect(other.action).toBe('other-customer');
    const late = await onRecordCaptured(db, capture('ACC-3', T0 + BROWSING_MS + 1));
    expect(late.action).toBe('other-customer');
    expect(await db.interactions.count()).toBe(1);
  });

  it('does not restart for the same customer just after wrap-up, but does later or for another', async () => {
    const first = await onRecordCaptured(db, capture('ACC-1', T0));
    if (first.action !== 'started') throw new Error(first.action);
    await endInteraction(db, first.interaction.id, 'resolved', T0 + 60_000);
    expect((await onRecordCaptured(db, capture('ACC-1', T0 + 120_000))).action).toBe(
      'cooling-down',
    );
    expect((await onRecordCaptured(db, capture('ACC-1', T0 + 60_000 + COOL_DOWN_MS))).action).toBe(
      'started',
    );
  });

  it('detects a repeat contact and a channel switch from the local history', async () => {
    const first = await onRecordCaptured(db, capture('ACC-1', T0, { channel: 'chat' }));
    if (first.action !== 'started') throw new Error(first.action);
    await db.interactions.update(first.interaction.id, { category: 'Billing' });
    await endInteraction(db, first.interaction.id, 'transferred', T0 + 60_000);

    const second = await onRecordCaptured(db, capture('ACC-1', T0 + 3 * DAY, { tabId: 2 }));
    if (second.action !== 'started') throw new Error(second.action);
    expect(second.interaction.repeat).toMatchObject({
      count: 2,
      windowDays: 7,
      last: { category: 'Billing', outcome: 'transferred', channel: 'chat' },
    });
    const types = (await eventsOfInteraction(db, second.interaction.id)).map((e) => [
      e.type,
      e.attributes,
    ]);
    expect(types).toContainEqual(['repeat_contact', { count: 2, windowDays: 7, source: 'auto' }]);
    expect(types).toContainEqual(['channel_switch', { from: 'chat', to: 'phone', source: 'auto' }]);

    const outside = await onRecordCaptured(db, capture('ACC-1', T0 + 9 * DAY, { tabId: 3 }));
    if (outside.action !== 'started') throw new Error(outside.action);
    // The second contact (day 3) is still inside the window of day 9; the first is not.
    expect(outside.interaction.repeat?.count).toBe(2);
  });

  it('does nothing without an identifier', async () => {
    const result = await onRecordCaptured(db, {
      ...capture('x', T0),
      fields: [{ key: 'customerName', value: 'Aino', source: 'label' }],
    });
    expect(result.action).toBe('none');
    expect(await db.interactions.count()).toBe(0);
  });
});
