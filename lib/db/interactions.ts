import type { AppDb } from './app-db';
import type { InteractionRow } from './schema';

/** Interactions started since local midnight, newest first. */
export async function interactionsToday(db: AppDb, now = Date.now()): Promise<InteractionRow[]> {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const rows = await db.interactions.where('startedAt').aboveOrEqual(midnight.getTime()).toArray();
  return rows.sort((a, b) => b.startedAt - a.startedAt);
}

/** Deletes raw captured values older than the retention period; returns how many went. */
export function purgeCapturedFields(db: AppDb, retentionDays: number, now = Date.now()) {
  const cutoff = now - retentionDays * 86_400_000;
  return db.capturedFields.where('capturedAt').below(cutoff).delete();
}
