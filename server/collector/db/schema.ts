import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The collector's tables, the one schema both drivers use. The SQL that creates them lives in
 * ./migrations (applied by migrate.ts); tests/server/schema.test.ts fails if the two drift.
 */

/** Every uploaded event, once: the primary key on `id` is the dedup ("exactly once") guarantee. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    teamId: text('team_id').notNull(),
    agentId: text('agent_id'),
    clientId: text('client_id').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    interactionId: uuid('interaction_id').notNull(),
    customerKey: text('customer_key'),
    attributes: jsonb('attributes'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    index('events_team_at').on(t.teamId, t.at),
    index('events_team_customer_at').on(t.teamId, t.customerKey, t.at),
  ],
);

/** Published checklists, one row per (team, checklist id): only the newest version is kept. */
export const checklists = pgTable(
  'checklists',
  {
    teamId: text('team_id').notNull(),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`now()`),
  },
  // Named as PostgreSQL names it, so databases made by the hand-written v1 SQL match (issue 15).
  (t) => [primaryKey({ name: 'checklists_pkey', columns: [t.teamId, t.id] })],
);

/**
 * The token-signing secret when the collector runs on PostgreSQL, so every instance behind a load
 * balancer verifies the same tokens without sharing a file (see server/collector/auth.ts).
 */
export const collectorSecret = pgTable('collector_secret', {
  id: integer('id').primaryKey(),
  secret: text('secret').notNull(),
});

export const tables = { events, checklists, collectorSecret } as const;
