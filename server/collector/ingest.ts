import { isWellFormedEvent, syncEventSchema, type EventResult } from '../../lib/sync/schema';
import type { Claims } from './auth';
import type { Driver } from './db/driver';
import { storeEvents, type EventInsert } from './db/insert-events';
import { describeIssues } from './http';

/** SQLSTATE classes 22 (data exception) and 23 (integrity): the rows, not the database, are at fault. */
function isDataError(error: unknown): boolean {
  const code =
    (error as { cause?: { code?: unknown }; code?: unknown }).cause?.code ??
    (error as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/**
 * Validates each event on its own and stores the valid ones, deduplicated by id, in one INSERT,
 * with the facts of the interactions they touch (db/insert-events.ts `storeEvents`).
 * A poison event is `rejected` alone: by the schema, or, if the database still refuses the batch,
 * by retrying row by row (rare, so the happy path keeps one round trip). Results follow request
 * order and are built only after the INSERT has committed.
 */
export async function ingest(
  driver: Driver,
  claims: Claims,
  clientId: string,
  raw: readonly { id: string }[],
): Promise<EventResult[]> {
  const results: EventResult[] = [];
  const rows: EventInsert[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((candidate, index) => {
    const parsed = isWellFormedEvent(candidate)
      ? { success: true as const, data: candidate }
      : syncEventSchema.safeParse(candidate);
    if (!parsed.success) {
      results[index] = {
        id: candidate.id,
        status: 'rejected',
        message: describeIssues(parsed.error),
      };
      return;
    }
    const event = parsed.data;
    const id = event.id.toLowerCase(); // PostgreSQL returns uuids in lower case
    if (firstIndex.has(id)) {
      results[index] = { id: event.id, status: 'duplicate' };
      return;
    }
    firstIndex.set(id, index);
    rows.push({
      id,
      teamId: claims.team,
      agentId: claims.agent ?? null,
      clientId,
      type: event.type,
      at: event.at,
      interactionId: event.interactionId,
      customerKey: event.customerKey ?? null,
      attributes: event.attributes ?? null,
    });
  });
  const refused = new Set<string>();
  let inserted: Set<string>;
  try {
    inserted = await storeEvents(driver, rows);
  } catch (error) {
    if (!isDataError(error)) throw error;
    inserted = new Set();
    for (const row of rows) {
      try {
        for (const id of await storeEvents(driver, [row])) inserted.add(id);
      } catch (rowError) {
        if (!isDataError(rowError)) throw rowError;
        refused.add(row.id);
      }
    }
  }
  for (const [id, index] of firstIndex) {
    const sent = (raw[index] as { id: string }).id;
    results[index] = refused.has(id)
      ? { id: sent, status: 'rejected', message: 'the database refused this event' }
      : { id: sent, status: inserted.has(id) ? 'accepted' : 'duplicate' };
  }
  return results;
}
