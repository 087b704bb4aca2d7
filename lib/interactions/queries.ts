import type { AppDb } from '@/lib/db/app-db';
import type { EventRow, InteractionRow } from '@/lib/db/schema';
import { SIGNAL_TYPES } from '@/lib/signals';

/** The open (not wrapped-up) interaction of a CRM tab, if any. */
export async function openInteractionOfTab(
  db: AppDb,
  tabId: number,
): Promise<InteractionRow | undefined> {
  const rows = await db.interactions.where('tabId').equals(tabId).toArray();
  return rows.filter((r) => r.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** The customer's earlier interactions under any of their keys (a key rotation keeps history). */
export async function historyOfCustomer(
  db: AppDb,
  customerKeys: readonly string[],
  before: number,
): Promise<InteractionRow[]> {
  if (!customerKeys.length) return [];
  const rows = await db.interactions
    .where('customerKey')
    .anyOf([...customerKeys])
    .toArray();
  return rows.filter((r) => r.startedAt < before).sort((a, b) => b.startedAt - a.startedAt);
}

/** The effort signals of an interaction still standing (not undone), oldest first. */
export function standingSignals(events: readonly EventRow[]): EventRow[] {
  const undone = new Set(
    events.filter((e) => e.type === 'signal_undone').map((e) => e.attributes?.eventId),
  );
  return events.filter(
    (e) => (SIGNAL_TYPES as readonly string[]).includes(e.type) && !undone.has(e.id),
  );
}
