import type { Checklist } from './schema';

/** The research's limit: a checklist longer than ~8 items is not read during a live call. */
export const NUDGE_ITEM_LIMIT = 8;

/**
 * The checklists to show with at most `limit` items across them all, in rank order: a
 * lower-ranked checklist gets the room the higher ones leave; one left with no room is dropped.
 */
export function limitNudgeItems(
  checklists: readonly Checklist[],
  limit = NUDGE_ITEM_LIMIT,
): Checklist[] {
  let room = limit;
  const shown: Checklist[] = [];
  for (const checklist of checklists) {
    if (room <= 0) break;
    const items = checklist.items.slice(0, room);
    room -= items.length;
    shown.push(items.length === checklist.items.length ? checklist : { ...checklist, items });
  }
  return shown;
}
