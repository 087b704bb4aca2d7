import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb, eventsOfInteraction, outboxRowsOf } from '@/lib/db';
import {
  detectTypedRepeat,
  endInteraction,
  logSignal,
  recordSurveyAnswer,
  startInteraction,
  toggleHold,
  undoSignal,
} from '@/lib/interactions';
import { fakeBrowser } from 'wxt/testing/fake-browser';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`life-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.UTC(2026, 10, 20, 9);
const open = (customerKey = 'k.abc', now = T0) =>
  startInteraction(db, {
    tabId: 1,
    customerKey,
    channel: 'phone',
    now,
    fields: [
      { key: 'accountNumber', value: 'ACC-004211', source: 'label' },
      { key: 'phone', value: '+33 6 12 34 56 78', source: 'label' },
    ],
  });

describe('signals', () => {
  it('writes each signal with its outbox row, and undo removes both while unsynced', async () => {
    const interaction = await open();
    const transfer = await logSignal(db, interaction, 'transfer');
    expect(transfer.attributes).toEqual({ source: 'agent' });
    expect(await outboxRowsOf(db, [transfer.id])).toHaveLength(1);
    await undoSignal(db, transfer.id);
    expect(await db.events.get(transfer.id)).toBeUndefined();
    expect(await outboxRowsOf(db, [transfer.id])).toHaveLength(0);
  });

  it('records an undo event once the signal has left the browser', async () => {
    const interaction = await open();
    const hold = await logSignal(db, interaction, 'escalation');
    await db.outbox.bulkDelete((await outboxRowsOf(db, [hold.id])).map((r) => r.seq!)); // as the sync would
    await undoSignal(db, hold.id);
    const undo = (await eventsOfInteraction(db, interaction.id)).find(
      (e) => e.type === 'signal_undone',
    );
    expect(undo?.attributes).toEqual({ eventId: hold.id, signal: 'escalation' });
  });

  it('refuses unknown types and attributes that do not belong', async () => {
    const interaction = await open();
    // @ts-expect-error not a signal type
    await expect(logSignal(db, interaction, 'shouting')).rejects.toThrow(RangeError);
    await expect(
      logSignal(db, interaction, 'transfer', { attributes: { email: 'a@b.fr' } }),
    ).rejects.toThrow(TypeError);
  });

  it('times a hold between two presses', async () => {
    fakeBrowser.reset();
    const interaction = await open();
    expect(await toggleHold(db, interaction, T0 + 1000)).toBe('started');
    expect(await toggleHold(db, interaction, T0 + 91_000)).toBe('logged');
    const hold = (await eventsOfInteraction(db, interaction.id)).find((e) => e.type === 'hold');
    expect(hold?.attributes).toEqual({ durationSeconds: 90, source: 'agent' });
  });
});

describe('wrap-up', () => {
  it('records survey answers on their scales and ends once', async () => {
    const interaction = await open();
    await recordSurveyAnswer(db, interaction, 'ces', 6);
    await recordSurveyAnswer(db, interaction, 'nps', 10);
    await expect(recordSurveyAnswer(db, interaction, 'ces', 8)).rejects.toThrow(RangeError);
    await expect(recordSurveyAnswer(db, interaction, 'csat', 0)).rejects.toThrow(RangeError);
    const ended = await endInteraction(db, interaction.id, 'resolved', T0 + 120_000);
    expect(ended.outcome).toBe('resolved');
    await expect(endInteraction(db, interaction.id, 'resolved')).rejects.toThrow('already ended');
    const end = (await eventsOfInteraction(db, interaction.id)).find(
      (e) => e.type === 'interaction_ended',
    );
    expect(end?.attributes).toMatchObject({ outcome: 'resolved', durationMs: 120_000 });
  });
});

describe('detectTypedRepeat (repeated_info)', () => {
  it('flags a value the customer already gave, once per field', async () => {
    const interaction = await open();
    const now = T0 + 60_000;
    const first = await detectTypedRepeat(db, interaction, '06 12 34 56 78', [], now);
    expect(first?.attributes).toEqual({ field: 'phone', source: 'auto' });
    expect(await detectTypedRepeat(db, interaction, '0612345678', [], now + 1000)).toBeNull();
    expect(
      (await detectTypedRepeat(db, interaction, 'acc-004211', [], now))?.attributes?.field,
    ).toBe('accountNumber');
  });

  it('ignores new information and values pasted from the panel', async () => {
    const interaction = await open();
    const now = T0 + 60_000;
    expect(await detectTypedRepeat(db, interaction, 'ACC-999999', [], now)).toBeNull();
    expect(
      await detectTypedRepeat(
        db,
        interaction,
        'ACC-004211',
        [{ value: 'ACC-004211', at: now - 10_000 }],
        now,
      ),
    ).toBeNull();
    expect(
      await detectTypedRepeat(
        db,
        interaction,
        'ACC-004211',
        [{ value: 'ACC-004211', at: now - 10 * 60_000 }],
        now,
      ),
    ).not.toBeNull();
  });

  it('counts what the customer gave in an earlier contact', async () => {
    const earlier = await startInteraction(db, {
      customerKey: 'k.same',
      channel: 'chat',
      now: T0 - 86_400_000,
      fields: [{ key: 'email', value: 'aino@esimerkki.fi', source: 'label' }],
    });
    await endInteraction(db, earlier.id, 'unresolved', T0 - 86_000_000);
    const now = await startInteraction(db, {
      customerKey: 'k.same',
      channel: 'phone',
      now: T0,
      fields: [],
    });
    expect(
      (await detectTypedRepeat(db, now, 'AINO@esimerkki.fi', [], T0 + 5000))?.attributes?.field,
    ).toBe('email');
  });
});
