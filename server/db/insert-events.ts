import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Driver } from './driver';
import { events } from './schema';

/** One row for `events` as the ingest path builds it (received_at comes from the database). */
export type EventInsert = Omit<typeof events.$inferInsert, 'receivedAt'>;

// Column order of the INSERT, named through the Drizzle schema so a rename cannot drift.
const COLUMNS = [
  events.id,
  events.teamId,
  events.agentId,
  events.clientId,
  events.type,
  events.at,
  events.interactionId,
  events.customerKey,
  events.attributes,
] as const;
const TABLE = getTableConfig(events).name;
const COLUMN_LIST = COLUMNS.map((c) => c.name).join(', ');
const JSONB_INDEX = COLUMNS.indexOf(events.attributes);

// The statement text depends only on the row count: build it once per count.
const statements = new Map<number, string>();
function statementFor(rowCount: number): string {
  let text = statements.get(rowCount);
  if (!text) {
    const tuples = Array.from({ length: rowCount }, (_, row) => {
      const base = row * COLUMNS.length;
      return `(${COLUMNS.map((_, i) => `$${base + i + 1}${i === JSONB_INDEX ? '::jsonb' : ''}`).join(', ')})`;
    });
    text = `INSERT INTO ${TABLE} (${COLUMN_LIST}) VALUES ${tuples.join(', ')} ON CONFLICT (${events.id.name}) DO NOTHING RETURNING ${events.id.name}`;
    statements.set(rowCount, text);
  }
  return text;
}

/**
 * `INSERT … ON CONFLICT (id) DO NOTHING RETURNING id` of all rows in ONE statement; returns the
 * ids that were new. Raw SQL on purpose: Drizzle's query builder spends ~90 µs per row building
 * a 500-row insert, more than the database spends storing it (tests/bench/collector.ts).
 */
export async function insertEvents(
  driver: Driver,
  rows: readonly EventInsert[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const params: unknown[] = [];
  for (const row of rows) {
    params.push(
      row.id,
      row.teamId,
      row.agentId ?? null,
      row.clientId,
      row.type,
      row.at,
      row.interactionId,
      row.customerKey ?? null,
      row.attributes === undefined || row.attributes === null
        ? null
        : JSON.stringify(row.attributes),
    );
  }
  const inserted = await driver.query(statementFor(rows.length), params);
  return new Set(inserted.map((r) => String(r.id)));
}
