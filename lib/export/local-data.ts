import type { AppDb } from '@/lib/db/app-db';
import { toCsv } from './csv';

/**
 * The agent's local data for export: interactions and their events, pseudonymous only. Raw
 * captured identifiers are NOT exported: a file is one more place they could leak from.
 */
export async function exportLocalData(db: AppDb) {
  const [interactions, events] = await Promise.all([
    db.interactions.toArray(),
    db.events.orderBy('at').toArray(),
  ]);
  return {
    format: 'effortless-local-data',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    interactions,
    events,
  };
}

/** The same data as one CSV: an event per line with its interaction's columns. */
export async function exportLocalCsv(db: AppDb): Promise<string> {
  const { interactions, events } = await exportLocalData(db);
  const byId = new Map(interactions.map((i) => [i.id, i]));
  const rows = events.map((e) => {
    const i = byId.get(e.interactionId);
    return {
      event_id: e.id,
      event_type: e.type,
      event_at: new Date(e.at).toISOString(),
      interaction_id: e.interactionId,
      customer_key: e.customerKey ?? i?.customerKey ?? '',
      channel: i?.channel ?? '',
      category: i?.category ?? '',
      outcome: i?.outcome ?? '',
      started_at: i ? new Date(i.startedAt).toISOString() : '',
      ended_at: i?.endedAt ? new Date(i.endedAt).toISOString() : '',
      attributes: e.attributes ?? '',
    };
  });
  return toCsv(rows, [
    'event_id',
    'event_type',
    'event_at',
    'interaction_id',
    'customer_key',
    'channel',
    'category',
    'outcome',
    'started_at',
    'ended_at',
    'attributes',
  ]);
}
