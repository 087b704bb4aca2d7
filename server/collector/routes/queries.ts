import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { customerKeySchema, type Contact, type SummaryResponse } from '../../../lib/sync/schema';
import { requireRole, type AuthEnv } from '../auth';
import type { Db } from '../db/driver';
import { events } from '../db/schema';
import { HttpError, parseOr400 } from '../http';
import { toIso } from './time';

const DAY_MS = 86_400_000;
const summaryQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
const contactsQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(7) });
// Wire names from lib/interactions/events.ts (EVENT_TYPES), repeated so the server stays free of extension code.
const STARTED = 'interaction_started';
const ENDED = 'interaction_ended';
const MAX_CONTACT_ROWS = 2_000;

const text = (attributes: unknown, key: string): string | null => {
  const value = (attributes as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
};

/** `GET /v1/summary` (leads) and `GET /v1/customers/:customerKey/contacts` (agents, leads). */
export function queryRoutes(db: Db, secret: Uint8Array) {
  return new Hono<AuthEnv>()
    .get('/v1/summary', requireRole(secret, 'lead'), async (c) => {
      const query = parseOr400(summaryQuery, c.req.query());
      const to = new Date(query.to ?? Date.now());
      const from = new Date(query.from ?? to.getTime() - 30 * DAY_MS);
      if (from >= to) throw new HttpError(400, 'from must be before to');
      const scope = and(
        eq(events.teamId, c.get('claims').team),
        gte(events.at, from.toISOString()),
        lt(events.at, to.toISOString()),
      );
      const [totals] = await db
        .select({
          eventCount: sql<number>`count(*)::int`,
          interactionCount: sql<number>`count(distinct ${events.interactionId})::int`,
        })
        .from(events)
        .where(scope);
      const types = await db
        .select({ type: events.type, count: sql<number>`count(*)::int` })
        .from(events)
        .where(scope)
        .groupBy(events.type);
      const summary: SummaryResponse = {
        from: from.toISOString(),
        to: to.toISOString(),
        eventCount: totals?.eventCount ?? 0,
        interactionCount: totals?.interactionCount ?? 0,
        byType: Object.fromEntries(types.map((t) => [t.type, t.count])),
      };
      return c.json(summary);
    })
    .get('/v1/customers/:customerKey/contacts', requireRole(secret, 'agent', 'lead'), async (c) => {
      const customerKey = parseOr400(customerKeySchema, c.req.param('customerKey'));
      const { days } = parseOr400(contactsQuery, c.req.query());
      const rows = await db
        .select({
          interactionId: events.interactionId,
          type: events.type,
          at: events.at,
          attributes: events.attributes,
        })
        .from(events)
        .where(
          and(
            eq(events.teamId, c.get('claims').team),
            eq(events.customerKey, customerKey),
            inArray(events.type, [STARTED, ENDED]),
            gte(events.at, new Date(Date.now() - days * DAY_MS).toISOString()),
          ),
        )
        .orderBy(asc(events.at))
        .limit(MAX_CONTACT_ROWS);
      const contacts = new Map<string, Contact>();
      for (const row of rows.filter((r) => r.type === STARTED)) {
        contacts.set(row.interactionId, {
          interactionId: row.interactionId,
          startedAt: toIso(row.at),
          channel: text(row.attributes, 'channel'),
          category: text(row.attributes, 'category'),
          outcome: null,
        });
      }
      for (const row of rows.filter((r) => r.type === ENDED)) {
        const contact = contacts.get(row.interactionId);
        if (contact) contact.outcome = text(row.attributes, 'outcome');
      }
      const newestFirst = [...contacts.values()].sort((a, b) =>
        b.startedAt.localeCompare(a.startedAt),
      );
      return c.json({ customerKey, days, contacts: newestFirst });
    });
}
