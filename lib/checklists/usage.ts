/**
 * Usage of checklists from local event rows (issue 5): how often each checklist was shown, and
 * how often each item was done or skipped. Pure: give it the rows, get the counts.
 */

/** The wire names of checklist events (synced to the collector: never rename). */
export const CHECKLIST_EVENT_TYPES = {
  shown: 'checklist_shown',
  itemDone: 'checklist_item_done',
  itemSkipped: 'checklist_item_skipped',
} as const;

/** The part of an event row usage needs. */
export interface UsageEvent {
  type: string;
  interactionId: string;
  attributes?: Record<string, unknown>;
}

/** Counts of one item. */
export interface ItemUsage {
  done: number;
  skipped: number;
  /** Skip reasons as given, with how often each was given. */
  skipReasons: Record<string, number>;
}

/** Counts of one checklist: interactions where it was shown, item totals, and per item. */
export interface ChecklistUsage {
  shown: number;
  done: number;
  skipped: number;
  items: Record<string, ItemUsage>;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const emptyUsage = (): ChecklistUsage => ({ shown: 0, done: 0, skipped: 0, items: {} });

/**
 * Counts per checklist id. Each count is per interaction: a checklist shown twice in one call
 * (the panel re-rendered, the context changed) counts once, and so does an item checked twice.
 * Events with no checklist id (or no item id) are ignored.
 *
 * @example countChecklistUsage(events)['address-change']?.items['new-checks']?.done
 */
export function countChecklistUsage(events: readonly UsageEvent[]): Record<string, ChecklistUsage> {
  const usage: Record<string, ChecklistUsage> = {};
  const seen = new Set<string>();
  for (const event of events) {
    const checklistId = text(event.attributes?.checklistId);
    if (!checklistId) continue;
    const itemId = text(event.attributes?.itemId);
    const once = (kind: string) => {
      const key = JSON.stringify([kind, event.interactionId, checklistId, itemId ?? null]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    if (event.type === CHECKLIST_EVENT_TYPES.shown) {
      if (once('shown')) (usage[checklistId] ??= emptyUsage()).shown++;
      continue;
    }
    const done = event.type === CHECKLIST_EVENT_TYPES.itemDone;
    if (!itemId || (!done && event.type !== CHECKLIST_EVENT_TYPES.itemSkipped)) continue;
    if (!once(done ? 'done' : 'skipped')) continue;
    const of = (usage[checklistId] ??= emptyUsage());
    const item = (of.items[itemId] ??= { done: 0, skipped: 0, skipReasons: {} });
    if (done) {
      item.done++;
      of.done++;
    } else {
      item.skipped++;
      of.skipped++;
      const reason = text(event.attributes?.reason) ?? '';
      item.skipReasons[reason] = (item.skipReasons[reason] ?? 0) + 1;
    }
  }
  return usage;
}
