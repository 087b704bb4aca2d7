import { Hono } from 'hono';
import { eventUploadEnvelopeSchema, WIRE_LIMITS } from '../../../lib/sync/schema';
import { requireRole, type AuthEnv } from '../auth';
import type { Driver } from '../db/driver';
import { concurrencyLimit, HttpError, limitBody, parseOr400, readJson } from '../http';
import { ingest } from '../ingest';

/** How much concurrent ingest one instance accepts before shedding load (503 / 429). */
export interface IngestLimits {
  maxInFlight: number;
  maxInFlightPerToken: number;
}

/** `POST /v1/events` (agents): see server/collector/README.md. */
export function eventRoutes(driver: Driver, secret: Uint8Array, limits: IngestLimits) {
  return new Hono<AuthEnv>().post(
    '/v1/events',
    requireRole(secret, 'agent'),
    concurrencyLimit(limits.maxInFlight, limits.maxInFlightPerToken, (c) => c.get('claims').jti),
    limitBody(WIRE_LIMITS.maxEventsBodyBytes),
    async (c) => {
      const body = await readJson(c);
      const listed = (body as { events?: unknown } | null)?.events;
      // Too many events is a size problem (413), told apart from a malformed body (400).
      if (Array.isArray(listed) && listed.length > WIRE_LIMITS.maxEventsPerRequest) {
        throw new HttpError(413, `at most ${WIRE_LIMITS.maxEventsPerRequest} events per request`);
      }
      const envelope = parseOr400(eventUploadEnvelopeSchema, body);
      const results = await ingest(driver, c.get('claims'), envelope.clientId, envelope.events);
      return c.json({ results });
    },
  );
}
