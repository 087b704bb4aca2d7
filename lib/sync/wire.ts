import type { EventRow } from '@/lib/db/schema';
import type { SyncEvent } from './schema';

/**
 * A stored event as uploaded: only the wire fields (an extra local field would be refused by the
 * collector's strict schema), time as ISO 8601 UTC.
 *
 * @example toWireEvent({ id, type: 'transfer', at: 0, interactionId }).at // '1970-01-01T00:00:00.000Z'
 */
export function toWireEvent(row: EventRow): SyncEvent {
  return {
    id: row.id,
    type: row.type,
    at: new Date(row.at).toISOString(),
    interactionId: row.interactionId,
    ...(row.customerKey !== undefined && { customerKey: row.customerKey }),
    ...(row.attributes !== undefined && { attributes: row.attributes }),
  };
}
