import { describe, expect, it } from 'vitest';
import { limitNudgeItems, NUDGE_ITEM_LIMIT } from '@/lib/checklists/nudge-limit';
import type { Checklist } from '@/lib/checklists';

const checklist = (id: string, items: number) =>
  ({
    id,
    items: Array.from({ length: items }, (_, i) => ({ id: `${id}-${i}` })),
  }) as unknown as Checklist;

describe('limitNudgeItems', () => {
  it('shows at most 8 items across the checklists, in rank order', () => {
    const shown = limitNudgeItems([checklist('a', 5), checklist('b', 5), checklist('c', 2)]);
    expect(NUDGE_ITEM_LIMIT).toBe(8);
    expect(shown.map((c) => [c.id, c.items.length])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
  });

  it('leaves short lists untouched', () => {
    const lists = [checklist('a', 3), checklist('b', 4)];
    const shown = limitNudgeItems(lists);
    expect(shown[0]).toBe(lists[0]);
    expect(shown[1]).toBe(lists[1]);
  });
});
