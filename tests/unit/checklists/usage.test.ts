import { describe, expect, it } from 'vitest';
import { countChecklistUsage, type UsageEvent } from '@/lib/checklists/usage';

const shown = (interactionId: string, checklistId = 'move'): UsageEvent => ({
  type: 'checklist_shown',
  interactionId,
  attributes: { checklistId, version: 1 },
});
const done = (interactionId: string, itemId: string, checklistId = 'move'): UsageEvent => ({
  type: 'checklist_item_done',
  interactionId,
  attributes: { checklistId, itemId },
});
const skipped = (interactionId: string, itemId: string, reason?: string): UsageEvent => ({
  type: 'checklist_item_skipped',
  interactionId,
  attributes: { checklistId: 'move', itemId, ...(reason && { reason }) },
});

describe('countChecklistUsage', () => {
  it('counts shown per checklist and done/skipped per item, with skip reasons', () => {
    const usage = countChecklistUsage([
      shown('i1'),
      shown('i2'),
      shown('i1', 'close'),
      done('i1', 'cards'),
      done('i2', 'cards'),
      skipped('i2', 'date', 'customer in a hurry'),
      skipped('i1', 'date', 'customer in a hurry'),
      skipped('i3', 'cards'),
    ]);
    expect(usage.move).toEqual({
      shown: 2,
      done: 2,
      skipped: 3,
      items: {
        cards: { done: 2, skipped: 1, skipReasons: { '': 1 } },
        date: { done: 0, skipped: 2, skipReasons: { 'customer in a hurry': 2 } },
      },
    });
    expect(usage.close).toEqual({ shown: 1, done: 0, skipped: 0, items: {} });
  });

  it('counts each thing once per interaction (re-renders, repeated clicks)', () => {
    const usage = countChecklistUsage([shown('i1'), shown('i1'), done('i1', 'a'), done('i1', 'a')]);
    expect(usage.move).toMatchObject({ shown: 1, done: 1, items: { a: { done: 1 } } });
  });

  it('ignores other event types and events without checklist or item ids', () => {
    expect(
      countChecklistUsage([
        { type: 'transfer', interactionId: 'i1', attributes: { checklistId: 'move' } },
        { type: 'checklist_shown', interactionId: 'i1' },
        { type: 'checklist_item_done', interactionId: 'i1', attributes: { checklistId: 'move' } },
        { type: 'checklist_shown', interactionId: 'i1', attributes: { checklistId: 3 } },
      ]),
    ).toEqual({});
  });
});
