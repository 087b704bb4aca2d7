import type { Checklist } from './schema';
import { CHECKLIST_EVENT_TYPES } from './usage';

export type ItemState = 'open' | 'done' | 'skipped';

/** Skip reasons, each one key in the panel. Stable wire names. */
export const SKIP_REASONS = {
  '-': 'not_relevant',
  d: 'customer_declined',
  a: 'already_done',
} as const;
export type SkipReason = (typeof SKIP_REASONS)[keyof typeof SKIP_REASONS];

interface NudgeEvent {
  type: string;
  attributes?: Record<string, unknown>;
}

/**
 * The checklists to show in this interaction, in a STABLE order: those already shown keep their
 * place (in the order they first appeared) even if they no longer match, and new matches are
 * appended, so nothing under the agent's eyes jumps. At most `limit` new ones are added.
 */
export function nudgeOrder(
  matched: readonly Checklist[],
  all: readonly Checklist[],
  events: readonly NudgeEvent[],
  limit = 3,
): Checklist[] {
  const shownIds = events
    .filter((e) => e.type === CHECKLIST_EVENT_TYPES.shown)
    .map((e) => String(e.attributes?.checklistId));
  const byId = new Map([...all, ...matched].map((c) => [c.id, c]));
  const shown = [...new Set(shownIds)].flatMap((id) => byId.get(id) ?? []);
  const fresh = matched
    .filter((c) => !shownIds.includes(c.id))
    .slice(0, Math.max(0, limit - shown.length));
  return [...shown, ...fresh];
}

/** Each item's state from the interaction's events: the latest done/skip wins. */
export function itemStates(events: readonly NudgeEvent[]): Map<string, ItemState> {
  const states = new Map<string, ItemState>();
  for (const e of events) {
    const key = `${e.attributes?.checklistId}/${e.attributes?.itemId}`;
    if (e.type === CHECKLIST_EVENT_TYPES.itemDone) states.set(key, 'done');
    if (e.type === CHECKLIST_EVENT_TYPES.itemSkipped) states.set(key, 'skipped');
  }
  return states;
}

/** Items still open across the shown checklists, for the one gentle reminder at wrap-up. */
export function openItems(
  checklists: readonly Checklist[],
  states: ReadonlyMap<string, ItemState>,
) {
  return checklists.flatMap((c) =>
    c.items
      .filter((item) => (states.get(`${c.id}/${item.id}`) ?? 'open') === 'open')
      .map((item) => ({ checklist: c, item })),
  );
}
